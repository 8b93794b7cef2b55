# The records on the tabs Actions, Agreement, Prevention and Place collaboration:
# create, change, delete or deactivate.

records-gone = The record is no longer there (someone deleted it). Nothing was changed.
records-cannot-retire = { $kind } “{ $name }” cannot be deleted because { $referrers } refer to it, and this kind of record cannot be deactivated. Delete or change what refers to it first. Nothing was changed.
records-follow-up = Follow-up
records-no-themes = This copy has no themes.
records-without-theme = Without a theme
records-kind = What
records-choose-title = What do you want to add here?
records-no-status = A { $kind } has no status to follow up.
records-status-unchanged = { $status } (unchanged)
records-follow-up-title = Status and follow-up: { $name }
records-followed-up = Followed up “{ $name }” (status: { $status }).
records-none-selected = No record is selected: move the cursor to a line that shows one.
records-empty-agreement = No collaboration agreement yet. { $key } adds it.
records-empty-prevention = No preventive measures yet. { $key } adds one.
records-empty-places = No place collaboration yet. { $key } adds a project.
records-detail-title = Selected record ({ $key } shows it whole)
records-key-new = new here
records-key-edit = edit
records-key-delete = delete
records-key-follow-up = status
records-plan-items-without-problem = Items without a problem
records-plan-problems-without-plan = Problems no action plan takes up yet
records-plan-problem = Problem
records-plan-cause = Cause
records-plan-item = Item
records-plan-actions = { $count ->
    [one] 1 action
   *[other] { $count } actions
}
records-plan-goal = Goal
records-plan-indicator = { $indent }Indicator: { $name } · { $baseline } → { $target } { $unit } ({ $direction }, { $source })
records-empty-plan = No action plan yet. { $key } adds it.
records-plan-title = Action plan: problem → cause → item → goal → indicator → values ({ $key } shows the actions)
records-plan-choose-item = Choose an item of the action plan (the lines that start with Item) to see its actions.
records-key-item-actions = the item's actions
records-key-action-list = action list
records-key-plan = action plan
records-participants = Participants
records-participants-empty = No participants yet: add the functions that take part (safety coordinator, community police officer), never people's names.
records-mode-title = Records: Agreement, Prevention, Place collaboration, the action plan
