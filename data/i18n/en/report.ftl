# Reports and exports: minutes, action plan, year report, calendar, spreadsheets.

## Shared by every document
report-generated = Created { $date } at { $time } with lagesbild.
report-internal-notice = NOTE: This document contains records classified INTERNAL (--include-internal). It must not leave the organisation.
stamp-oppen = Classification: OPEN
stamp-begransad = Classification: RESTRICTED – for the collaboration partners only
stamp-intern = Classification: INTERNAL – must not leave the organisation
# "ongoing – overdue"
action-overdue = { $status } – overdue
week-short = wk { $week }

## Column headings
column-number = No.
column-action = Action
column-responsible = Responsible
column-responsible-organisation = Responsible organisation
column-status = Status
column-comment = Comment
column-due = Due
column-week = Week
column-place = Place
column-date = Date
column-time = Time
column-event-type = Event type
column-observation = Observation
column-reporter = Reported by
column-organisation = Organisation
column-function = Role
column-presence = Attendance

## Minutes
minutes-title-minnesanteckningar = Notes of meeting
minutes-title-motesanteckningar = Meeting notes
minutes-title-protokoll = Minutes
minutes-subtitle = { $group } – joint situation picture, week { $week }
minutes-header-dnr = { $date } · Ref. { $dnr }
minutes-approved-on = Approved { $date }
minutes-approved = Approved
minutes-draft = Draft
minutes-field-date = Date
minutes-date-value = { $date } ({ $weekday }, week { $week })
minutes-field-time = Time
minutes-field-place = Venue
minutes-field-chair = Chair
minutes-field-note-taker = Notes taken by
minutes-field-adjuster = Checked by
minutes-field-dnr = Ref.
minutes-field-status = Status
minutes-present = Present
minutes-no-attendance = No attendance is recorded.
minutes-partly-until = partly, until § { $item }
minutes-partly = partly
minutes-present-value = present
minutes-apologies = Apologies
minutes-adjunct = Co-opted
minutes-follow-up-caption = Follow-up of actions decided earlier
minutes-open-earlier-caption = Open actions from earlier meetings
minutes-no-open-earlier = No open actions from earlier meetings.
minutes-priority-line = { $area } – { $level } { $arrow }
minutes-priority-line-spots = { $area } – { $level } { $arrow }; hot spots: { $spots }
minutes-no-priorities = No areas were given priority.
minutes-priorities = Priority areas for next week:
minutes-next-meeting = Next meeting: { $weekday } { $date } { $time }, { $place }.
minutes-next-undecided = The next meeting is not decided.
minutes-action-list = Action list
minutes-no-new-actions = No new actions were decided.
minutes-period = Period { $period }. The situation picture describes places and situations, not people.
minutes-other-areas = Other areas
minutes-decided = The group decided on { $count ->
    [one] one action
   *[other] { $count } actions
}; see the action list.
minutes-decision = Decision:
minutes-notes = Notes
minutes-signed-note-taker = Notes taken by
minutes-signed-adjuster = Checked by
minutes-distribution = Distribution

## One area in the minutes' situation picture
area-level = Level
area-level-value = { $level } – trend { $arrow } { $trend }
area-priority = Priority
area-priority-rank = yes (no. { $rank })
area-key-event-types = Main event types
area-hot-spots = Hot spots
area-not-assessed = not assessed
area-observations = Observations
area-no-observations = none in the period
area-observation-count = { $count }: { $kinds }
area-observations-caption = Observations in { $area } { $period }

## Page numbers in Word documents: "Page 1 of 3"; before, between and after the numbers
report-page-before = {"Page "}
report-page-between = {" of "}
report-page-after = {""}

## Action plan
# How often the plan is followed up
plan-review-interval = { $months ->
    [1] every month
    [2] every other month
    [12] once a year
   *[other] every { $months } months
}
plan-name = Action plan – { $title }
plan-title = Action plan – follow-up
plan-sheet = Action plan
plan-field-period = Period
plan-field-decided-by = Decided by
plan-field-decision = Decision
plan-field-decided-on = Decided on
plan-field-review = Follow-up
plan-field-as-of = As of
plan-empty = The plan has no items yet.
plan-no-actions = no actions
# A plan item's heading in the document: "1 Trygg passage genom gångtunneln"
plan-item-heading = { $number } { $title }
plan-item-no-actions = No actions yet.
plan-column-item = Plan item
plan-column-problem = Problem
plan-column-cause = Cause
plan-column-goal = Goal
plan-column-last-follow-up = Latest follow-up
plan-column-indicator = Indicator
# "Reported vandalism: 38 (baseline 52, target 35)"
plan-indicator-baseline = baseline { $value }
plan-indicator-target = target { $value }
plan-indicator-unmeasured = : no value measured

## Indicators (the agreement follow-up and the year summary)
indicator-column-source = Source
indicator-column-baseline = Baseline
indicator-column-latest = Latest value
indicator-column-progress = Progress
indicator-unmeasured = no value measured
indicator-no-baseline-or-target = baseline or target missing
indicator-reached = target reached
indicator-on-the-way = on the way to the target ({ $percent } %)
indicator-unchanged = unchanged
indicator-wrong-way-falling = wrong direction (falling)
indicator-wrong-way-rising = wrong direction (rising)

## Follow-up of the collaboration agreement
agreement-name = Follow-up – { $title }
agreement-title = Follow-up of the collaboration agreement
agreement-field-parties = Parties
agreement-field-signed-by = Signed by
agreement-field-signed-on = Signed on
agreement-field-revision-due = Revision due
agreement-priority = Priority { $number }: { $title }
agreement-problem-picture = Problem picture
agreement-causes = Likely causes
agreement-goals = Goals
agreement-activities = Activities
agreement-no-activities = No activities are recorded.
agreement-column-activity = Activity
agreement-column-scope = Scope
agreement-indicators = Indicators
agreement-no-indicators = No indicators are linked to the agreement's goals.
agreement-promises = Citizen promises
agreement-no-promises = No citizen promises are recorded.
agreement-field-basis = Basis
agreement-field-places = Places

## The calendar (ICS)
calendar-name = Situation picture – meetings and actions
calendar-meeting-description = Chair: { $chair }. Notes taken by: { $note_taker }.
calendar-action-summary = Due: { $title }
calendar-action-description = Responsible: { $owner }. Status: { $status }. { $stamp }

## The year summary (appendix to the annual report, Act 2023:196)
year-title = Crime prevention and safety { $year }
year-subtitle = Appendix to the annual report
year-as-of = As of { $date }
year-introduction = The summary follows up the municipality's duties under the Act (2023:196) on municipalities' responsibility for crime prevention: situation picture, analysis of causes, action plan and follow-up. As of { $date }.
year-picture-heading = Situation picture { $year } by area
year-column-area = Area
year-column-observations = Observations { $year }
year-column-change = Change
year-column-top-event-types = Most common event types
year-column-priority-weeks = Weeks as a priority
year-change-new = new
year-actions = Actions
year-column-done = Done
year-column-ongoing = Ongoing
year-column-overdue = Overdue
year-column-cancelled = Cancelled
year-column-total = Total
year-overdue-caption = Overdue actions as of { $date }
year-no-indicators = No indicators are recorded.
year-chain-heading = From situation picture to action: problem, cause, action and follow-up (Act 2023:196)
year-no-problems = No problem pictures are recorded.
year-problem = Problem: { $title }
year-field-description = Description
year-field-areas = Areas
year-field-evidence = Evidence
year-cause = Cause ({ $perspective }, { $side }; certainty { $certainty }): { $description }
year-goal = Goal:
year-no-actions-for-problem = No actions are linked to the problem yet.
