# The Analys tab: the period, the proposed priority areas and why, the heat map, the trend,
# the matrix, the map, the filter and the decision.

tui-analysis-tab = Analys
tui-analysis-job = Räknar analysen
tui-analysis-loading = Läser in …
tui-analysis-not-loaded = Analysen är inte inläst ännu. Vänta ett ögonblick och försök igen.
tui-analysis-all-events = alla händelser
tui-analysis-total = { $count } händelser (samma period i fjol: { $before }, { $change })
tui-analysis-no-events = Inga händelser i perioden.
tui-analysis-partial = Perioden pågår: t.o.m. { $date }, jämförd med lika många dagar.
tui-analysis-decided = Beslutat: { $areas }

## Keys in the key bar
tui-analysis-key-previous = förra
tui-analysis-key-next = nästa
tui-analysis-key-kind = period
tui-analysis-key-filter = filter
tui-analysis-key-decide = besluta
tui-analysis-key-map = karta
tui-analysis-key-overview = översikt
tui-analysis-key-area = område

## The ranked areas and the score
tui-analysis-proposal-title = Förslag för { $next }
tui-analysis-col-area = Område
tui-analysis-col-count = Antal
tui-analysis-col-year-before = Fjol
tui-analysis-col-weighted = Viktat
tui-analysis-col-trend = Trend
tui-analysis-col-score = Poäng
tui-analysis-col-decided = Beslut
tui-analysis-col-total = Summa
tui-analysis-score-explained = Poäng = viktat antal × trend (0,5–2). Vikt: bedömning 1/2/3 → 1/1,5/2 × störning/särskild/extraordinär → 1/3/6.

## Heat map, trend, matrix
tui-analysis-heat-title = Veckodag × tid på dygnet
tui-analysis-heat-unknown = { $count } utan känd tid på dygnet
tui-analysis-mon = mån
tui-analysis-tue = tis
tui-analysis-wed = ons
tui-analysis-thu = tor
tui-analysis-fri = fre
tui-analysis-sat = lör
tui-analysis-sun = sön
tui-analysis-trend-title = Händelser per vecka
tui-analysis-matrix-title = Händelsetyp × område
tui-analysis-matrix-more = … och { $count } typer till
tui-analysis-matrix-more-areas = … och { $count } områden till (bredare fönster visar fler)

## The map
tui-analysis-map-title = Karta: platser { $period }
tui-analysis-map-legend = Teckenförklaring
tui-analysis-map-not-assessed = inte bedömt
tui-analysis-map-size = Större cirkel: fler händelser
tui-analysis-map-selected = Valt område:
tui-analysis-map-hot-spots = Flest händelser
tui-analysis-map-no-places = Inga platser har koordinater.
tui-analysis-map-unplaced = Utan koordinater ({ $count })

## The filter
tui-analysis-filter-title = Filtrera analysen
tui-analysis-filter-areas = Områden (med delområden)
tui-analysis-filter-event-types = Händelsetyper
tui-analysis-filter-shown = Filter: { $names }
tui-analysis-filter-cleared = Filtret är rensat: alla områden och händelsetyper räknas.

## The decision
tui-analysis-decision-title = Prioriterade områden efter { $period } (för { $next })
tui-analysis-decision-rank1 = Första prioritet
tui-analysis-decision-rank2 = Andra prioritet
tui-analysis-decision-rank3 = Tredje prioritet
tui-analysis-decision-no-area = (inget)
tui-analysis-decision-twice = Området är redan valt på en annan plats. Välj ett annat område eller (inget).
tui-analysis-decision-none-chosen = Välj minst ett område att prioritera.
tui-analysis-decision-no-areas = Det finns inga områden att prioritera. Lägg till områden på fliken Register.
tui-analysis-decision-no-level = Prioriterade områden beslutas per tertial eller år. Byt period med t och försök igen.
tui-analysis-decision-saved = Prioriterade områden efter { $period }: { $areas }.
