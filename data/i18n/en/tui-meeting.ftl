# The meeting series, the meeting's details and agenda, cancelling, the area's text, duplicates
# and a record's history (the Meeting and Situation tabs, the history overlay).

## The meeting series as a record
vocab-entity-kind-meeting_series = meeting series
count-meeting-series = { $count } { $count ->
    [one] meeting series
   *[other] meeting series
}
field-meeting-series-group-name = group name
field-meeting-series-kind = kind of meeting
field-meeting-series-weekday = weekday
field-meeting-series-start-time = start time
field-meeting-series-end-time = end time
field-meeting-series-location = room
field-meeting-series-chair = chair (function)
field-meeting-series-note-taker = note-taker (function)
field-meeting-series-adjuster = checker of the minutes (function)
field-meeting-series-agenda = agenda (one item per line)
field-meeting-series-active = in use
field-meeting-series-classification = classification

## Weekday
vocab-weekday = weekday
vocab-weekday-mandag = Monday
vocab-weekday-tisdag = Tuesday
vocab-weekday-onsdag = Wednesday
vocab-weekday-torsdag = Thursday
vocab-weekday-fredag = Friday
vocab-weekday-lordag = Saturday
vocab-weekday-sondag = Sunday

## A cancelled meeting
vocab-meeting-status-installt = cancelled

## The meeting series' form and what Möte shows of it
meeting-series-default-group = Community safety group
meeting-series-default-chair = community safety coordinator
meeting-series-new-title = Meeting series: day, time, room and functions (no names), one item per line
meeting-series-edit-title = Meeting series “{ $name }”: functions, no names; one item per line
meeting-series-needs-name = Give the group a name, for example Community safety group.
meeting-series-saved = The meeting series “{ $name }” was saved: { $when }.
meeting-series-heading = Meeting series: { $name }
meeting-series-line = { $weekday } { $time } { $room } · chair: { $chair } · notes: { $notes } · { $agenda } agenda items
meeting-series-change-hint = { $key } changes the meeting series. A new meeting takes its details and agenda.
meeting-series-missing = No meeting series yet: { $key } sets the group's weekday, time, room, functions and agenda.
meeting-setup-step-series = meeting series
meeting-start-from-series = No meeting is planned this week ({ $week }). Start a new meeting of { $group } on the series' day, { $when }, with the series' details and agenda?
meeting-recent-heading = Latest meetings

## Labels of the meeting forms (a field's label in the catalogue when none here)
meeting-form-group-name = Group name
meeting-form-kind = Kind
meeting-form-weekday = Weekday
meeting-form-date = Date
meeting-form-start-time = Start time
meeting-form-end-time = End time
meeting-form-location = Room
meeting-form-chair = Chair
meeting-form-note-taker = Note-taker
meeting-form-adjuster = Checker
meeting-form-agenda = Agenda
meeting-form-dnr = Reference number
meeting-form-notes = Notes
meeting-form-area-id = Area
meeting-form-title = Heading
meeting-form-text = Text
meeting-form-decision = Decision: that …
meeting-form-organisation = Organisation
meeting-form-new-organisation = New organisation: name
meeting-form-short-name = New organisation: short name
meeting-form-functions = Who came (functions)
meeting-form-presence = Attendance
meeting-form-adjunct = Co-opted
meeting-form-area-text = The area's text

## The meeting's details and calling it off
meeting-details-title = The meeting's details ({ $date })
meeting-details-saved = The meeting's details were saved ({ $date }).
meeting-details-end-before-start = The end time must come after the start time.
meeting-none-to-edit = No meeting is in progress or planned. Start or plan a meeting first.
meeting-none-to-cancel = No meeting is in progress or planned to cancel.
meeting-cancel-question = Cancel the meeting { $date } ({ $status })? It stays in the history, marked cancelled, and gets no minutes.
meeting-cancelled = The meeting { $date } is cancelled.
meeting-cancelled-no-minutes = The meeting { $date } was cancelled and gets no minutes. Export a meeting that was held.

## The agenda
meeting-agenda-hint = { $count } items · { $new } new · { $edit } edit · { $remove } remove · { $up } { $down } move
meeting-agenda-new-title = New agenda item (§ { $number })
meeting-agenda-edit-title = § { $number } { $title }
meeting-agenda-needs-title = Give the item a heading.
meeting-agenda-saved = § { $number } “{ $title }” was saved.
meeting-agenda-removed = § { $number } “{ $title }” was taken off the agenda.
meeting-agenda-moved = “{ $title }” is now § { $number }.
meeting-agenda-decision = Decision: { $text }

## Attendance of an organisation not yet listed
meeting-attendance-title = Attendance: an organisation not in the list
meeting-attendance-new-organisation = (new organisation – type its name below)
meeting-attendance-needs-organisation = Pick an organisation or type the name of a new one.
meeting-attendance-exists = { $name } exists already: pick it in the list above.
meeting-attendance-saved = { $name }: { $presence }.

## The area's text
meeting-area-text-title = Text on { $area }
meeting-area-text-none = No reported events { $week }.
meeting-area-text-counts = { $count ->
    [one] One reported event
   *[other] { $count } reported events
} { $week }: { $types }.
meeting-area-text-most = Most at { $place } ({ $count }).
meeting-area-text-hot-spots = Hot spots: { $places }.
meeting-area-text-saved = The area's text was saved.

## The key bar on Möte
meeting-attendance-hint = { $key } adds an organisation not in the list
meeting-key-series = series
meeting-key-details = details
meeting-key-cancel = cancel
meeting-key-agenda-new = new item
meeting-key-agenda-edit = edit
meeting-key-agenda-remove = remove
meeting-key-agenda-up = up
meeting-key-agenda-down = down
meeting-key-area-text = text

## Lägesbild: a duplicate names its original
duplicate-title = Duplicate: { $observation }
duplicate-original = Original
duplicate-none = No other observations in { $area } within a week before or after to pick as the original.
duplicate-pick = Pick the observation this one duplicates.
duplicate-marked = The observation is marked as a duplicate.
duplicate-of = Duplicate of { $date } { $kind }, { $place }

## A record's history (h)
history-title = History: { $kind } “{ $name }”
history-keys = { $count ->
    [one] One change
   *[other] { $count } changes
}, oldest first · { $scroll } scroll · { $close } closes
history-at-time = at { $time }
history-nothing-selected = Select a record in the list first: h shows its history.
