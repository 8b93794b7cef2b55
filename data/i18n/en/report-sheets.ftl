# The reports as their readers use them (issue 13): the year report's comparisons, the
# calendar's warnings, the agreement's revision date, HTML print labels.

## Year report: like periods and an honest base
# "1 January–19 November"
year-period = { $from_day } { $from_month }–{ $to_day } { $to_month }
year-column-base = { $year }, same period
year-observation-totals-period = { $count ->
    [one] { $count } observation
   *[other] { $count } observations
} { $period } { $year }; same period { $base_year }: { $before }. Dismissed observations and duplicates are not counted.
year-base-incomplete = No change in per cent: the data in lagesbild begin { $since }, so { $base_year } has data for { $weeks ->
    [one] { $weeks } week
   *[other] { $weeks } weeks
} of the period's { $period_weeks }.
year-base-missing = No comparison with { $base_year }: the data in lagesbild begin { $since }.
year-change-incomplete = incomplete base
year-column-plan-item = Plan item

## Calendar
calendar-no-meeting = There is no meeting to come, so the calendar file holds only the actions' deadlines. Add the next meeting and write the calendar again.
calendar-next-meeting-internal = The next meeting ({ $date }) is classified internal and is therefore not in the calendar file.
cli-report-calendar-arg-include-past = Include actions whose due date has passed too

## Agreement follow-up
agreement-revision-passed-short = { $date } – passed
agreement-revision-passed-lead = Note:
agreement-revision-passed = The revision date { $date } has passed: the agreement is due for revision.
agreement-promise-numbered = Citizen promise { $number }: { $headline }
