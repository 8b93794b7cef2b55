# Spreadsheets in: the exit code of a sheet with faulty rows, the source of what a template brought.

## The command line
sheet-cli-faulty-rows = { $count ->
    [one] En rad
   *[other] { $count } rader
} av { $rows } har fel (slutkod 3). Rätta raderna och kör kommandot igen, eller läs in de felfria raderna med --skip-bad-rows.

## Where an observation came from, named with its organisation
sheet-source-template-from = mall från { $organisation }

## The preventive measures' and the åtgärdsplan's templates
sheet-kind-measures = Förebyggande insatser
sheet-hint-list-several = välj ett värde ur listan; flera skrivs åtskilda med semikolon (Alkohol; Våld)
sheet-example-measures-title = Föräldrastöd i skolan
sheet-example-measures-description = Samtalsgrupper för föräldrar till barn i årskurs 4–6, en kväll i månaden.
sheet-example-measures-responsible-unit = Socialförvaltningen
sheet-example-measures-target-group = föräldrar i årskurs 4–6, cirka 30 familjer per termin
sheet-plan-instructions-intro = Fyll i åtgärdsplanen på det första bladet, en rad per åtgärd, i samma kolumner som planens egen export. Välj ansvarig och status i listorna i cellerna. Datum skrivs som 2026-11-19.
sheet-plan-instructions-rows = Rader med samma nummer och planpunkt hör till samma planpunkt: skriv problem, orsaker, mål och indikatorer på den första av dem. En planpunkt utan åtgärder får en rad utan åtgärd.
sheet-plan-instructions-causes = Flera orsaker skrivs åtskilda med semikolon, var och en gärna med sitt perspektiv inom parentes: Dålig belysning (situationellt). En ansvarig som inte finns i listan läggs upp som ny organisation.
sheet-plan-instructions-name = Planen får filens namn: spara filen som till exempel ”Åtgärdsplan 2027.xlsx”.
