# Veckans lägesbild att dela (lagesbild report week) och platserna som GeoJSON (lagesbild report map).

## Veckans lägesbild
week-title = Veckans lägesbild
week-name = Veckans lägesbild vecka { $week } { $year }
week-subtitle = { $group } – vecka { $week } ({ $period })
week-subtitle-no-group = Vecka { $week } ({ $period })
week-header = Vecka { $week } { $year }
week-summary = Sammanfattning
week-meeting = Möte
week-meeting-none = Inget veckomöte vecka { $week }: läge, trend och prioritering saknas.
week-events = Händelser denna vecka
week-events-value = { $count } (snitt { $mean } per vecka de fyra veckorna före)
week-areas = Per område
week-column-trend = Trend
week-column-this-week = Denna vecka
week-column-mean = Snitt 4 v.
week-column-week = Vecka
week-column-other = Övriga
week-not-prioritised = nej
week-types-chart = Händelsetyper per område, vecka { $week }
week-types-alt = Liggande staplar, en per område, delade efter händelsetyp. { $areas }
week-types-alt-area = { $area } { $count } ({ $kinds })
week-types-alt-none = Inga rapporterade händelser vecka { $week }.
week-types-caption = Händelsetyper per område vecka { $week } (antal)
week-trend-chart = Händelser per vecka, { $first }–{ $last }
week-trend-alt = Linjer, en per område, vecka för vecka från { $first } till { $last }. { $areas }
week-trend-alt-area = { $area }: { $first } den första veckan, { $last } den sista, som mest { $max }.
week-trend-caption = Händelser per vecka och område (antal)
week-focus = Fokus till nästa vecka
week-focus-decisions = Beslut
week-focus-actions = Beslutade åtgärder
week-focus-none = Mötet fattade inga beslut och beslutade inga åtgärder.
week-method = Räknat: rapporterade händelser (inte avförda, inte dubbletter) efter dagen de inträffade. Ett område räknar med områdena under det. Hot spots är de platser mötet pekade ut, annars (markerat *) platserna med flest händelser veckan.
week-internal-left-out = { $count ->
    [one] En post klassad INTERN lämnades utanför.
   *[other] { $count } poster klassade INTERN lämnades utanför.
}
cli-document-week = veckans lägesbild

## Platserna som GeoJSON
map-no-coordinates = { $count ->
    [one] En plats saknar koordinater och kom inte med: { $places }.
   *[other] { $count } platser saknar koordinater och kom inte med: { $places }.
}
map-without-place = { $count ->
    [one] En händelse under perioden har ingen plats och syns inte i kartan.
   *[other] { $count } händelser under perioden har ingen plats och syns inte i kartan.
}
map-internal-left-out = { $count ->
    [one] En post klassad INTERN lämnades utanför.
   *[other] { $count } poster klassade INTERN lämnades utanför.
}
map-unknown-type = Händelsetypen ”{ $name }” finns inte. Ange koden eller namnet på en av: { $valid }.
map-places = { $count ->
    [one] En plats
   *[other] { $count } platser
} med händelser { $period }.

## Kommandoraden
cli-report-map-about = Platserna som GeoJSON för kommunens GIS (QGIS, ArcGIS): antal händelser per typ under perioden, utan personuppgifter
cli-report-map-arg-period = Perioden: 2026, 2026-T3, 2026-Q4, 2026-11 eller 2026-W47 (annars innevarande tertial)
cli-report-map-arg-types = Bara den här händelsetypen (kod eller namn; flaggan kan upprepas)
cli-report-map-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-report-map-arg-include-internal = Ta med poster klassade intern (filen märks då)
cli-report-map-arg-overwrite = Skriv över filen om den redan finns
cli-report-week-about = Veckans lägesbild att dela efter mötet: läge, trend, prioritering, antal och diagram per område
cli-report-week-arg-week = Veckan, till exempel 2026-W47
cli-report-week-arg-format = Format: docx, html eller md
cli-report-week-arg-output = Filen att skriva (annars ett standardnamn i aktuell mapp)
cli-report-week-arg-include-internal = Ta med poster klassade intern (dokumentet märks då på varje sida)
cli-report-week-arg-overwrite = Skriv över filen om den redan finns
cli-value-period = PERIOD

## Exporten i programmet (Möte)
tui-export-week-docx = Veckans lägesbild – Word (DOCX)
tui-export-week-html = Veckans lägesbild – HTML (utskrivbar sida)
tui-export-week-md = Veckans lägesbild – Markdown
