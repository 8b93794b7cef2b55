# The Analys tab: the period, the proposed priority areas and why, the heat map, the trend,
# the matrix, the map, the filter and the decision.

tui-analysis-tab = Analysis
tui-analysis-job = Computing the analysis
tui-analysis-loading = Loading …
tui-analysis-not-loaded = The analysis is not loaded yet. Wait a moment and try again.
tui-analysis-all-events = all events
tui-analysis-total = { $count } events (same period last year: { $before }, { $change })
tui-analysis-no-events = No events in the period.
tui-analysis-partial = The period is under way: up to { $date }, compared with as many days.
tui-analysis-decided = Decided: { $areas }

## Keys in the key bar
tui-analysis-key-previous = previous
tui-analysis-key-next = next
tui-analysis-key-kind = period
tui-analysis-key-filter = filter
tui-analysis-key-decide = decide
tui-analysis-key-map = map
tui-analysis-key-overview = overview
tui-analysis-key-area = area

## The ranked areas and the score
tui-analysis-proposal-title = Proposal for { $next }
tui-analysis-col-area = Area
tui-analysis-col-count = Count
tui-analysis-col-year-before = LastY
tui-analysis-col-weighted = Weighted
tui-analysis-col-trend = Trend
tui-analysis-col-score = Score
tui-analysis-col-decided = Decided
tui-analysis-col-total = Total
tui-analysis-score-explained = Score = weighted count × trend (0.5–2). Weight: grade 1/2/3 → 1/1.5/2 × disturbance/serious/extraordinary → 1/3/6.

## Heat map, trend, matrix
tui-analysis-heat-title = Weekday × time of day
tui-analysis-heat-unknown = { $count } without a known time of day
tui-analysis-mon = Mon
tui-analysis-tue = Tue
tui-analysis-wed = Wed
tui-analysis-thu = Thu
tui-analysis-fri = Fri
tui-analysis-sat = Sat
tui-analysis-sun = Sun
tui-analysis-trend-title = Events per week
tui-analysis-matrix-title = Event type × area
tui-analysis-matrix-more = … and { $count } more types
tui-analysis-matrix-more-areas = … and { $count } more areas (a wider window shows more)

## The map
tui-analysis-map-title = Map: places { $period }
tui-analysis-map-legend = Legend
tui-analysis-map-not-assessed = not assessed
tui-analysis-map-size = Larger circle: more events
tui-analysis-map-selected = Selected area:
tui-analysis-map-hot-spots = Most events
tui-analysis-map-no-places = No place has coordinates.
tui-analysis-map-unplaced = Without coordinates ({ $count })

## The filter
tui-analysis-filter-title = Filter the analysis
tui-analysis-filter-areas = Areas (with sub-areas)
tui-analysis-filter-event-types = Event types
tui-analysis-filter-shown = Filter: { $names }
tui-analysis-filter-cleared = The filter is cleared: all areas and event types count.

## The decision
tui-analysis-decision-title = Priority areas after { $period } (for { $next })
tui-analysis-decision-rank1 = First priority
tui-analysis-decision-rank2 = Second priority
tui-analysis-decision-rank3 = Third priority
tui-analysis-decision-no-area = (none)
tui-analysis-decision-twice = The area is already chosen in another place. Choose another area or (none).
tui-analysis-decision-none-chosen = Choose at least one area to prioritise.
tui-analysis-decision-no-areas = There are no areas to prioritise. Add areas on the Register tab.
tui-analysis-decision-no-level = Priority areas are decided per tertial or year. Switch the period with t and try again.
tui-analysis-decision-saved = Priority areas after { $period }: { $areas }.
