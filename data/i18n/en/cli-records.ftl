# The record command line: short ids in lists, undo, retiring, closing a meeting.

## lagesbild list <kind>
cli-list-arg-full-ids = Show whole ids instead of short ones (for scripts that keep them)
cli-records-column-id = Id
cli-records-column-name = Name
cli-records-column-refers-to = Refers to
cli-records-column-in-use = In use
cli-records-column-class = Class
cli-records-yes = yes
cli-records-no = no

## Fields in errors and help
cli-records-field-and-flag = “{ $label }” (--{ $flag })
cli-records-missing = { $new } needs { $count ->
    [one] the field
   *[other] the fields
} { $fields }. See lagesbild new { $kind } --help.
cli-records-bad-value = The field “{ $label }” (--{ $flag }): { $reason }. Nothing was changed.
cli-records-position-label = Position
cli-records-classification-label = Classification
cli-records-help-preset = {" "}[default: { $code }]
cli-records-help-form-preset = {" "}[default: as the app's form, e.g. today's date and the own organisation]

## lagesbild undo
cli-undo-about = Undo this copy's latest change (the same as u in the app)
cli-undo-arg-dry-run = Only show what would be undone; nothing changes
undo-done = Undone: { $label }
undo-would = Would undo: { $label } (nothing was changed; run without --dry-run to undo)
undo-nothing = There is no change to undo.
undo-own-organisation = “{ $label }” is not undone: that would delete the copy's own organisation, which the copy belongs to. Change it in the Register instead (or with lagesbild edit). Nothing was changed.

## lagesbild delete [--deactivate]
retire-own-organisation = Your own organisation cannot be deleted or deactivated: the copy belongs to it. Nothing was changed.
retire-event-type = Event types are never deleted, only deactivated: police events and older observations refer to them. Deactivate “{ $name }” with lagesbild delete { $id } --deactivate. Nothing was changed.
retire-already-inactive = { $kind } { $id } is inactive already and not offered in pickers. Nothing was changed.
retire-referenced = { $kind } “{ $name }” cannot be deleted: { $count ->
    [one] one record refers
   *[other] { $count } records refer
} to it: { $referrers }. { $advice }
retire-referenced-deactivate = Deactivate it instead (lagesbild delete { $id } --deactivate): it then leaves the pickers but stays in history and reports. Nothing was changed.
retire-referenced-cannot-deactivate = A record of this kind cannot be deactivated either. { $instead } Nothing was changed.
retire-cannot-deactivate = { $kind } cannot be deactivated: records of this kind have no “inactive” state. { $instead } Nothing was changed.
retire-referrer = { $kind } “{ $name }” (field { $field })
retire-and-more = and { $count } more
retire-instead = { $kind ->
    [police_event] An event from the police feed belongs to the feed's history and stays. If it should not show in the situation picture, do not bring it over; an observation already made from it is dismissed: lagesbild edit <the observation's id> --review-status avford.
    [meeting] Cancel the meeting instead: lagesbild edit { $id } --status installt. It then stays in lists and history but gets no minutes.
    [attendance] Change the attendance instead (lagesbild edit { $id } --presence forhinder), or delete the line: lagesbild delete { $id }.
    [agenda_item] Take the item off the agenda: lagesbild delete { $id }.
    [situation_picture] A situation picture belongs to its week. Change its text (lagesbild edit { $id } --summary …), or delete it: lagesbild delete { $id }.
    [area_assessment] Change the assessment (lagesbild edit { $id } --level, --trend or --text), or delete it: lagesbild delete { $id }.
    [follow_up] A follow-up is a note of what happened. Correct it (lagesbild edit { $id } --comment …), or delete it: lagesbild delete { $id }.
    [indicator_value] Correct the measured value (lagesbild edit { $id } --value …), or delete the measurement: lagesbild delete { $id }.
   *[other] Change it (lagesbild edit { $id } …), or delete it once nothing refers to it: lagesbild delete { $id }.
}

## lagesbild meeting close
cli-meeting-about = Meetings: close a meeting as the app's Meeting tab does
cli-meeting-close-about = Close a meeting and establish the week's situation picture (as Close meeting in the app)
cli-meeting-close-arg-meeting = The meeting: a date (2026-11-19), a week (2026-W47) or an id (its beginning will do)
meeting-close-refused = The meeting { $date } is { $status } and cannot be closed again. Nothing was changed.
meeting-close-nobody-present = Note: nobody is marked present, so the minutes get an empty attendance list. Add attendance with lagesbild new attendance.
meeting-close-not-a-meeting = “{ $word }” is not a meeting but a { $kind }. Give the meeting's date, week or id.
meeting-close-use-command = A meeting is closed with lagesbild meeting close { $id }: it then gets its end time and the week's situation picture is established, as in the app. Nothing was changed.

## What a change is called (kept with the change; undo names it)
action-created = Saved: { $neuter ->
    [yes] new
   *[no] new
} { $kind } “{ $name }”.
action-edited = Changed { $kind } “{ $name }”.
action-deleted = Deleted { $kind } “{ $name }”.
action-deactivated = Deactivated { $kind } “{ $name }”: the record is no longer offered in pickers.
