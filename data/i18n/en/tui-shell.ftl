# The shell around the screens: the key bar at the bottom and the status line.

## The key bar: what a key does (short, lower case)
tui-key-cancel-job = cancel job
tui-key-scroll = scroll
tui-key-page = a page
tui-key-close = close
tui-key-yes = yes
tui-key-no = no
tui-key-demo = demo data
tui-key-start-empty = start empty
tui-key-quit = quit
tui-key-next-field = next field
tui-key-new-line = new line
tui-key-next-choice = change choice
tui-key-save = save
tui-key-cancel = cancel
tui-key-open = open
tui-key-next-hit = next hit
tui-key-previous-hit = previous
tui-key-done = done
tui-key-clear = clear
tui-key-promote = add to the picture
tui-key-fetch = fetch
tui-key-observations = observations
tui-key-new = new
tui-key-edit = edit
tui-key-police = police
tui-key-filter = filter
tui-key-review-queue = review
tui-key-mark-reviewed = reviewed
tui-key-overview = overview
tui-key-follow-up = follow up
tui-key-export = export
tui-key-overdue = overdue
tui-key-chain = chain
tui-key-to-action = to action
tui-key-delete = delete
tui-key-next-list = next list
tui-key-help = help
tui-key-search = search
tui-key-undo = undo
tui-key-start-meeting = start meeting
tui-key-attendance = attendance
tui-key-new-action = new action
tui-key-level = level
tui-key-trend = trend
tui-key-priority = priority
tui-key-hot-spot = hot spot
tui-key-new-event = new event
tui-key-next-meeting = next meeting
tui-key-close-meeting = close meeting
tui-key-next-step = next item
tui-key-previous-step = previous


## The status line
tui-status-error = Error:
tui-status-filtering = Type to filter · { $done } done · { $clear } clear
tui-status-last-change = Last change: { $change }
tui-status-cancelling = Cancelling: { $job }

## The export form (minutes, action plan)
tui-export-minutes-title = Export the minutes
tui-export-plan-title = Export the action plan or calendar
tui-export-format-docx = Word (DOCX)
tui-export-format-html = HTML (printable page)
tui-export-format-md = Markdown
tui-export-format-xlsx = Excel (XLSX)
tui-export-format-csv = CSV (semicolons, for Excel)
tui-export-format-ics = Calendar (ICS): next meeting and due dates
tui-export-no-meeting = There is no meeting to export. Start the meeting with n first.
tui-export-running = Exporting …
tui-export-choose-format = Choose a format with ← → and try again.
tui-export-cancelled = The export was cancelled. No file was written.
tui-export-written = Wrote { $path }.
tui-export-overwrite = The file { $path } already exists. Replace it with the new export?

## The forms' footer
tui-form-footer = * required · { $save } saves · { $cancel } cancels · no personal data in free text
