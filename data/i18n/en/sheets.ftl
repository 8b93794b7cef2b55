# Spreadsheets in (issue 15): templates for partners without the app, and reading them back.

## The templates
sheet-kind-observations = Observations
sheet-kind-areas = Areas
sheet-kind-places = Places
sheet-kind-organisations = Organisations
sheet-column-reference = Reference
sheet-column-problem = Problem
sheet-example-marker = EXAMPLE
sheet-yes = yes
sheet-no = no
sheet-lists-name = Lists
sheet-instructions-name = Instructions
sheet-example-observations-description = Graffiti on the gable wall by the bus stop, cleaned the day after.
sheet-example-areas-name = Example area
sheet-example-areas-code = 0000
sheet-example-places-name = Example square
sheet-example-organisations-name = Example Housing Ltd
sheet-example-organisations-short-name = Example Housing
sheet-instructions-title = Template: { $kind }
sheet-instructions-intro = Fill in one row per record on the first sheet. Choose areas, places, event types, organisations and other values from the lists in the cells; they come from the collaboration group's own lists. Write dates as 2026-11-19. Columns marked * must be filled in.
sheet-instructions-no-personal-data = No personal data: write about places and situations, never names, personal identity numbers, phone numbers, e-mail addresses or registration plates. Rows that look like they contain personal data are not read in.
sheet-instructions-example = Row 2 is an example (Reference { $marker }). It is not read in; write over it or leave it.
sheet-instructions-columns = The columns:
sheet-instructions-return = Save the file and send it to whoever coordinates the collaboration group. Every row is checked when the file is read in, and observations are reviewed before they reach the situation picture.
sheet-hint-reference = your own label for the row (a serial number, say); the same reference is never read in twice
sheet-hint-date = a date, for example 2026-11-19
sheet-hint-time = a time of day, for example 22:30
sheet-hint-decimal = a decimal number in WGS 84 degrees, for example 59.3293
sheet-hint-whole = a whole number, 0 or more
sheet-hint-text = free text without personal data
sheet-hint-list = choose a value from the list
sheet-hint-required = required
sheet-hint-optional = optional

## Reading back
sheet-row-column-error = row { $row }, column { $column }: { $problem }
sheet-row-error = row { $row }: { $problem }
sheet-required = no value. Fill in { $column }.
sheet-unknown-suggest = “{ $value }” does not exist – did you mean { $suggestion }?
sheet-unknown = “{ $value }” does not exist. Choose a value from the list: { $valid }
sheet-bad-date = “{ $value }” is not a date. Write the date as 2026-11-19.
sheet-bad-time = “{ $value }” is not a time of day. Write 22:30, for example.
sheet-bad-number = “{ $value }” is not a number. Write 59.3293, for example.
sheet-bad-whole = “{ $value }” is not a whole number. Write 3, for example.
sheet-place-not-in-area = the place “{ $place }” does not lie in the area “{ $area }”. Choose a place in the area or correct the area.
sheet-personal-data = the text may contain personal data: { $found }. Rewrite the row so that it describes places and situations, not people. If the data must stay: read the list and read the file in with --confirm-personal-data.
sheet-preview = { $file } ({ $kind }): { $new } new, { $already } already read in, { $bad ->
    [one] { $bad } row
   *[other] { $bad } rows
} with faults. Nothing is read in yet.
sheet-preview-bad-rows = Correct the rows below and read the file in again, or read in the rows without faults with --skip-bad-rows.
sheet-imported = Read in from { $file } ({ $kind }): { $new } new, { $already } already read in.
sheet-review-queue = The new observations have review status new and wait for review before they count in the situation picture.
sheet-backup = Backup before reading in: { $path }
sheet-rejected-file = { $count ->
    [one] The row with faults is saved
   *[other] The { $count } rows with faults are saved
} with the reason in { $path }. Correct them there and read that file in.
sheet-rejected-suffix = rejected-rows

## What stops a file
sheet-error-format = { $file } is neither .xlsx, .ods nor .csv. Save it in one of those formats and try again.
sheet-error-unreadable = { $file } cannot be read as a spreadsheet ({ $reason }). Open the file in Excel or LibreOffice, save it as .xlsx and try again.
sheet-error-empty = { $file } has no rows to read in.
sheet-error-no-template = The columns of { $file } fit no template. Write a template with lagesbild sheet template and fill it in, or name the template with --kind.
sheet-error-missing-column = The column { $column } is missing from { $file }. It must be there: add it or start from a new template.
sheet-error-unknown-column = The column “{ $column }” is not in the template. Remove it or rename it. The template's columns: { $valid }.
sheet-error-twice = The column “{ $column }” is there twice. Remove one of them.
sheet-error-bad-rows = { $count ->
    [one] One row
   *[other] { $count } rows
} of { $rows } have faults, and nothing is read in. Correct the rows and read the file in again, or read in the rows without faults with --skip-bad-rows.
sheet-error-encode = The template could not be written: { $reason }

## The command line
cli-sheet-about = Spreadsheets: templates for partners without the program, and reading filled-in templates
cli-sheet-template-about = Write a template to fill in, with lists from this copy
cli-sheet-template-arg-kind = What the template is for: observations, areas, places, organisations, measures or plan
cli-sheet-template-arg-output = The file to write (otherwise template-<kind>.xlsx in the current folder)
cli-sheet-template-arg-format = xlsx (with lists in the cells) or csv
cli-sheet-template-arg-overwrite = Overwrite the file if it exists
cli-sheet-import-about = Read in a filled-in template (show first with --dry-run)
cli-sheet-import-arg-file = The filled-in template (.xlsx, .ods or .csv)
cli-sheet-import-arg-dry-run = Only show what would be read in and which rows have faults (exit code 3); change nothing
cli-sheet-import-arg-skip-bad-rows = Read in the rows without faults and save the rows with faults to a file beside it
cli-sheet-import-arg-confirm-personal-data = Read in rows where personal data was found, after you have read the list
cli-sheet-import-arg-kind = Which template the file is (otherwise the columns decide)
sheet-cli-unknown-kind = There is no template for “{ $kind }”. Choose one of: { $valid }.
sheet-cli-unknown-format = Templates come as xlsx and csv, not as “{ $format }”.
sheet-cli-file-name = template-{ $kind }.{ $extension }
sheet-cli-template-written = The template is saved: { $path }. Send it to the partner; then read the filled-in file in with lagesbild sheet import FILE --dry-run.

## The plan read back
sheet-kind-plan = Action plan
sheet-plan-cause-without-problem = a cause belongs to a problem. Fill in the problem on the row.
sheet-plan-not-a-template = the action plan is read from its own export (lagesbild report plan --format xlsx), not row by row from a template.
