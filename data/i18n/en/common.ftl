# Words and patterns many parts of the program share.

value-yes = yes
value-no = no
value-empty = (empty)

## What a valid value is (in error messages: "… is not a date (YYYY-MM-DD)")
expects-text = a text
expects-integer = a whole number
expects-number = a number
expects-bool = true or false
expects-date = a date (YYYY-MM-DD)
expects-time = a time of day (HH:MM)
expects-timestamp = a point in time (YYYY-MM-DDTHH:MM:SSZ)
expects-local-timestamp = a point in time (YYYY-MM-DDTHH:MM:SS)
expects-id = the id of another record
expects-week = a week (YYYY-Www)
expects-id-list = a list of ids of other records
expects-text-list = a list of texts

## A number of records of one kind: count-<record type>, with $count
count-organisation = { $count } { $count ->
    [one] organisation
   *[other] organisations
}
count-participant = { $count } { $count ->
    [one] participant
   *[other] participants
}
count-term = { $count } { $count ->
    [one] term
   *[other] terms
}
count-area = { $count } { $count ->
    [one] area
   *[other] areas
}
count-place = { $count } { $count ->
    [one] place
   *[other] places
}
count-event-type = { $count } { $count ->
    [one] event type
   *[other] event types
}
count-observation = { $count } { $count ->
    [one] observation
   *[other] observations
}
count-police-event = { $count } { $count ->
    [one] police event
   *[other] police events
}
count-meeting = { $count } { $count ->
    [one] meeting
   *[other] meetings
}
count-attendance = { $count } { $count ->
    [one] attendance record
   *[other] attendance records
}
count-agenda-item = { $count } { $count ->
    [one] agenda item
   *[other] agenda items
}
count-situation-picture = { $count } { $count ->
    [one] situation picture
   *[other] situation pictures
}
count-area-assessment = { $count } { $count ->
    [one] area assessment
   *[other] area assessments
}
count-action = { $count } { $count ->
    [one] action
   *[other] actions
}
count-follow-up = { $count } { $count ->
    [one] follow-up
   *[other] follow-ups
}
count-problem = { $count } { $count ->
    [one] problem
   *[other] problems
}
count-cause = { $count } { $count ->
    [one] cause
   *[other] causes
}
count-action-plan = { $count } { $count ->
    [one] action plan
   *[other] action plans
}
count-plan-item = { $count } { $count ->
    [one] plan item
   *[other] plan items
}
count-goal = { $count } { $count ->
    [one] goal
   *[other] goals
}
count-indicator = { $count } { $count ->
    [one] indicator
   *[other] indicators
}
count-indicator-value = { $count } { $count ->
    [one] indicator value
   *[other] indicator values
}
count-agreement = { $count } { $count ->
    [one] agreement
   *[other] agreements
}
count-priority = { $count } { $count ->
    [one] priority
   *[other] priorities
}
count-citizen-promise = { $count } { $count ->
    [one] citizen promise
   *[other] citizen promises
}
count-promise-activity = { $count } { $count ->
    [one] promise activity
   *[other] promise activities
}
count-place-project = { $count } { $count ->
    [one] place project
   *[other] place projects
}
count-inspection = { $count } { $count ->
    [one] inspection
   *[other] inspections
}
count-finding = { $count } { $count ->
    [one] finding
   *[other] findings
}
count-theme = { $count } { $count ->
    [one] theme
   *[other] themes
}
count-factor = { $count } { $count ->
    [one] factor
   *[other] factors
}
count-preventive-measure = { $count } { $count ->
    [one] preventive measure
   *[other] preventive measures
}

## Dates and times in running text
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
time-of-day = { $hours }:{ $minutes }
time-span = { $from }–{ $to }
time-at = { $from }
