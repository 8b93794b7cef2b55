# The week's situation picture to share (lagesbild report week) and the places as GeoJSON (lagesbild report map).

## The week's situation picture
week-title = Situation picture of the week
week-name = Situation picture week { $week } { $year }
week-subtitle = { $group } – week { $week } ({ $period })
week-subtitle-no-group = Week { $week } ({ $period })
week-header = Week { $week } { $year }
week-summary = Summary
week-meeting = Meeting
week-meeting-none = No weekly meeting in week { $week }: level, trend and priorities are missing.
week-events = Events this week
week-events-value = { $count } (mean { $mean } per week over the four weeks before)
week-areas = By area
week-column-trend = Trend
week-column-this-week = This week
week-column-mean = Mean 4 wks
week-column-week = Week
week-column-other = Other
week-not-prioritised = no
week-types-chart = Event types by area, week { $week }
week-types-alt = Horizontal bars, one per area, split by event type. { $areas }
week-types-alt-area = { $area } { $count } ({ $kinds })
week-types-alt-none = No reported events in week { $week }.
week-types-caption = Event types by area in week { $week } (count)
week-trend-chart = Events per week, { $first }–{ $last }
week-trend-alt = Lines, one per area, week by week from { $first } to { $last }. { $areas }
week-trend-alt-area = { $area }: { $first } in the first week, { $last } in the last, { $max } at most.
week-trend-caption = Events per week and area (count)
week-focus = Focus for next week
week-focus-decisions = Decisions
week-focus-actions = Actions decided
week-focus-none = The meeting made no decisions and decided no actions.
week-method = Counted: reported events (not dismissed, not duplicates) by the day they happened. An area counts the areas below it. Hot spots are the places the meeting named, otherwise (marked *) the places with the most events in the week.
week-internal-left-out = { $count ->
    [one] One record classified INTERNAL was left out.
   *[other] { $count } records classified INTERNAL were left out.
}
cli-document-week = the situation picture of the week

## The places as GeoJSON
map-no-coordinates = { $count ->
    [one] One place has no coordinates and was left out: { $places }.
   *[other] { $count } places have no coordinates and were left out: { $places }.
}
map-without-place = { $count ->
    [one] One event in the period has no place and is not on the map.
   *[other] { $count } events in the period have no place and are not on the map.
}
map-internal-left-out = { $count ->
    [one] One record classified INTERNAL was left out.
   *[other] { $count } records classified INTERNAL were left out.
}
map-unknown-type = There is no event type “{ $name }”. Give the code or name of one of: { $valid }.
map-places = { $count ->
    [one] One place
   *[other] { $count } places
} with events { $period }.

## The command line
cli-report-map-about = The places as GeoJSON for the municipality's GIS (QGIS, ArcGIS): events per type in the period, no personal data
cli-report-map-arg-period = The period: 2026, 2026-T3, 2026-Q4, 2026-11 or 2026-W47 (otherwise the current tertial)
cli-report-map-arg-types = Only this event type (code or name; the flag can be repeated)
cli-report-map-arg-output = The file to write (otherwise a standard name in the current folder)
cli-report-map-arg-include-internal = Include records classified internal (the file then says so)
cli-report-map-arg-overwrite = Overwrite the file if it exists
cli-report-week-about = The week's situation picture to share after the meeting: level, trend, priority, counts and charts per area
cli-report-week-arg-week = The week, for example 2026-W47
cli-report-week-arg-format = Format: docx, html or md
cli-report-week-arg-output = The file to write (otherwise a standard name in the current folder)
cli-report-week-arg-include-internal = Include records classified internal (every page then says so)
cli-report-week-arg-overwrite = Overwrite the file if it exists
cli-value-period = PERIOD

## The export in the program (Meeting)
tui-export-week-docx = Situation picture of the week – Word (DOCX)
tui-export-week-html = Situation picture of the week – HTML (printable page)
tui-export-week-md = Situation picture of the week – Markdown
