# Möte: the week at a glance (the dashboard) and an area's detail in the meeting's step 3;
# the demo's meeting series.

demo-series-bad-time = “{ $time }” is not a valid time (hh:mm)

## The week at a glance
glance-title = The week at a glance · { $week }
glance-title-loading = The week at a glance
glance-no-meeting = No meeting in progress.
glance-planned = Planned meeting: { $date } ({ $week }) { $room }
glance-last = Last meeting: { $date } ({ $week }), { $status }
glance-start-hint = { " " }starts this week's meeting. Open actions from earlier meetings carry over.
glance-no-areas = No areas yet: add them under Register.
glance-col-area = Area
glance-col-mean = Mean { $weeks }w
glance-col-trend = { $weeks } weeks
glance-total = All areas
glance-more-areas = … and { $count } more areas (a larger window shows all)
glance-more = … and { $count } more
glance-summary = { $week }: { $count } events (mean { $mean }) · ‼ { $escalated } serious · ⚠ { $overdue } overdue actions · { $police } police events outside the picture
glance-escalated-title = ‼ Serious and extraordinary events: { $count }
glance-escalated-none = No serious or extraordinary events this week.
glance-escalated-short = ‼ { $count } serious/extraordinary, latest { $first }
glance-overdue-title = ⚠ Overdue actions per responsible organisation: { $count }
glance-overdue-none = No overdue actions.
glance-overdue-short = ⚠ { $count } overdue actions: { $owners }
glance-overdue-line = { $owner }: { $count } (oldest due { $date })
glance-owner-missing = no responsible organisation
glance-police-title = Police events not in the situation picture: { $count }
glance-police-none = All police events of the last two weeks are in the situation picture.
glance-police-short = { $count } police events of the last two weeks are not in the situation picture (Lägesbild, 2).
glance-next-title = Next meeting
glance-next = Next meeting: { $weekday } { $date } ({ $week }) { $time } { $room }
glance-next-none = No coming meeting is booked.
glance-chart-title = All areas: events per week, { $weeks } weeks

## The areas step's detail
detail-title-none = The area
detail-trend = Events per week, { $weeks } weeks
detail-window = Event types, hot spots and heat map: the last { $weeks } weeks ({ $key } toggles 4/12)
detail-types = Most common event types
detail-hot-spots = Hot spots
detail-none = –
detail-heat = Weekday × time of day, { $weeks } weeks
detail-heat-unknown = { $count } without a known time
detail-observations = This week's observations: { $count } ({ $prev } { $next } select)
detail-short-types = Most common { $weeks } w: { $list }
detail-short-spots = Hot spots { $weeks } w: { $list }
detail-key-weeks = 4/12 weeks
detail-key-next = next observation
