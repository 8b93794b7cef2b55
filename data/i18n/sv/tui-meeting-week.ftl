# Möte: the week at a glance (the dashboard) and an area's detail in the meeting's step 3;
# the demo's meeting series.

demo-series-bad-time = ”{ $time }” är ingen giltig tid (tt:mm)

## The week at a glance
glance-title = Veckan i korthet · { $week }
glance-title-loading = Veckan i korthet
glance-no-meeting = Inget möte pågår.
glance-planned = Planerat möte: { $date } ({ $week }) { $room }
glance-last = Senaste möte: { $date } ({ $week }), { $status }
glance-start-hint = { " " }startar veckans möte. Öppna åtgärder från tidigare möten följer med.
glance-no-areas = Inga områden ännu: lägg in dem under Register.
glance-col-area = Område
glance-col-mean = Snitt { $weeks }v
glance-col-trend = { $weeks } veckor
glance-total = Alla områden
glance-more-areas = … och { $count } områden till (större fönster visar alla)
glance-more = … och { $count } till
glance-summary = { $week }: { $count ->
    [one] { $count } händelse
   *[other] { $count } händelser
} (snitt { $mean }) · ‼ { $escalated } särskilda · ⚠ { $overdue ->
    [one] { $overdue } försenad åtgärd
   *[other] { $overdue } försenade åtgärder
} · { $police ->
    [one] { $police } polishändelse
   *[other] { $police } polishändelser
} utanför lägesbilden
glance-escalated-title = ‼ Särskilda och extraordinära händelser: { $count }
glance-escalated-none = Inga särskilda eller extraordinära händelser den här veckan.
glance-escalated-short = ‼ { $count ->
    [one] { $count } särskild/extraordinär
   *[other] { $count } särskilda/extraordinära
}, senast { $first }
glance-overdue-title = ⚠ Försenade åtgärder per ansvarig organisation: { $count }
glance-overdue-none = Inga försenade åtgärder.
glance-overdue-short = ⚠ { $count ->
    [one] { $count } försenad åtgärd
   *[other] { $count } försenade åtgärder
}: { $owners }
glance-overdue-line = { $owner }: { $count } (äldsta skulle vara klar { $date })
glance-owner-missing = utan ansvarig organisation
glance-police-title = Polisens händelser som inte är med i lägesbilden: { $count }
glance-police-none = Polisens händelser de två senaste veckorna är alla med i lägesbilden.
glance-police-short = { $count } av polisens händelser de två senaste veckorna är inte med i lägesbilden (Lägesbild, 2).
glance-next-title = Nästa möte
glance-next = Nästa möte: { $weekday } { $date } ({ $week }) { $time } { $room }
glance-next-none = Inget kommande möte är bokat.
glance-chart-title = Alla områden: händelser per vecka, { $weeks } veckor

## The areas step's detail
detail-title-none = Området
detail-trend = Händelser per vecka, { $weeks } veckor
detail-window = Händelsetyper, hot spots och värmekarta: senaste { $weeks } veckorna ({ $key } växlar 4/12)
detail-types = Vanligaste händelsetyper
detail-hot-spots = Hot spots
detail-none = –
detail-heat = Veckodag × dygnsperiod, { $weeks } veckor
detail-heat-unknown = { $count } utan känd tid
detail-observations = Veckans iakttagelser: { $count } ({ $prev } { $next } väljer)
detail-short-types = Vanligast { $weeks } v: { $list }
detail-short-spots = Hot spots { $weeks } v: { $list }
detail-key-weeks = 4/12 veckor
detail-key-next = nästa iakttagelse
