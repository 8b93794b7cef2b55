# Spreadsheets in: the plan template's example row, and reading a sheet in from the TUI
# (Lägesbild and Register, key i).

## The plan template's example row (fictional; never read in)
sheet-plan-instructions-example = Rad 2 är ett exempel (Nr { $marker }). Den läses inte in; skriv över den eller låt den stå.
sheet-example-plan-item = Tryggare centrum
sheet-example-plan-problem = Skadegörelse vid centrumets entréer kvällstid
sheet-example-plan-cause = Dålig belysning (situationellt); Få vuxna i rörelse efter kl. 20 (situationellt)
sheet-example-plan-goal = Färre skadegörelser vid centrumets entréer
sheet-example-plan-action = Byt belysningen i gångtunneln mot centrum
sheet-example-plan-indicator = Anmälda skadegörelser vid centrum

## Reading a sheet in from the app (key i on Lägesbild and Register)
sheet-tui-key-import = läs in kalkylark
sheet-tui-form-title = Läs in kalkylark: { $kind }
sheet-tui-reading = Läser kalkylarket …
sheet-tui-job-preview = Läser kalkylarket
sheet-tui-job-import = Läser in kalkylarket (säkerhetskopia först)
sheet-tui-importing = Läser in kalkylarket (säkerhetskopia först) …
sheet-tui-preview-cancelled = Förhandsvisningen avbröts. Inget lästes in.
sheet-tui-other-template = Inget är inläst: { $file } är en mall för { $found }, inte för { $wanted }. Välj en fil med { $wanted }. En mall för { $found } läses in på sin egen lista (områden, platser och organisationer på Register, iakttagelser på Lägesbild) eller med lagesbild sheet import.
sheet-tui-no-template = Det finns ingen mall för { $list }. Kalkylark läses in för områden, platser och organisationer här, och för iakttagelser på fliken Lägesbild.
sheet-tui-more-faults = … och { $count } fel till.
sheet-tui-nothing-new = Inget nytt att läsa in.
sheet-tui-nothing-to-import = Inget kan läsas in förrän raderna ovan är rättade. Rätta dem i filen och läs in den igen. Stäng förhandsvisningen?
sheet-tui-import-question = Läs in { $count ->
    [one] den nya raden
   *[other] de { $count } nya raderna
} nu? En säkerhetskopia tas först.
sheet-tui-import-good-rows = Läs in { $count ->
    [one] den felfria raden
   *[other] de { $count } felfria raderna
} nu? Raderna med fel sparas med orsaken i { $path } bredvid filen; rätta dem där och läs in den filen. En säkerhetskopia tas först.
sheet-tui-empty-hint = { $key } läser in en lista ur ett kalkylark.
