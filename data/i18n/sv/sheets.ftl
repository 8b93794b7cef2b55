# Spreadsheets in (issue 15): templates for partners without the app, and reading them back.

## The templates
sheet-kind-observations = Iakttagelser
sheet-kind-areas = Områden
sheet-kind-places = Platser
sheet-kind-organisations = Organisationer
sheet-column-reference = Referens
sheet-column-problem = Fel
sheet-example-marker = EXEMPEL
sheet-yes = ja
sheet-no = nej
sheet-lists-name = Listor
sheet-instructions-name = Instruktioner
sheet-example-observations-description = Klotter på gavelväggen vid busshållplatsen, sanerat dagen efter.
sheet-example-areas-name = Exempelområdet
sheet-example-areas-code = 0000
sheet-example-places-name = Exempeltorget
sheet-example-organisations-name = Exempelbolaget AB
sheet-example-organisations-short-name = Exempelbolaget
sheet-instructions-title = Mall: { $kind }
sheet-instructions-intro = Fyll i en rad per post på det första bladet. Välj områden, platser, händelsetyper, organisationer och andra värden i listorna i cellerna; de kommer från samverkansgruppens egen lista. Datum skrivs som 2026-11-19. Kolumner märkta * måste fyllas i.
sheet-instructions-no-personal-data = Inga personuppgifter: skriv om platser och situationer, aldrig namn, personnummer, telefonnummer, e-postadresser eller registreringsnummer. Rader som ser ut att innehålla personuppgifter läses inte in.
sheet-instructions-example = Rad 2 är ett exempel (Referens { $marker }). Den läses inte in; skriv över den eller låt den stå.
sheet-instructions-columns = Kolumnerna:
sheet-instructions-return = Spara filen och skicka den till den som samordnar samverkansgruppen. Varje rad kontrolleras när filen läses in, och iakttagelser granskas innan de kommer med i lägesbilden.
sheet-hint-reference = er egen beteckning för raden (till exempel ett löpnummer); samma referens läses aldrig in två gånger
sheet-hint-date = ett datum, till exempel 2026-11-19
sheet-hint-time = ett klockslag, till exempel 22:30
sheet-hint-decimal = ett decimaltal i WGS 84-grader, till exempel 59,3293
sheet-hint-whole = ett heltal, 0 eller mer
sheet-hint-text = fritext utan personuppgifter
sheet-hint-list = välj ett värde ur listan
sheet-hint-required = måste fyllas i
sheet-hint-optional = frivillig

## Reading back
sheet-row-column-error = rad { $row }, kolumn { $column }: { $problem }
sheet-row-error = rad { $row }: { $problem }
sheet-required = värde saknas. Fyll i { $column }.
sheet-unknown-suggest = ”{ $value }” finns inte – menade du { $suggestion }?
sheet-unknown = ”{ $value }” finns inte. Välj ett värde ur listan: { $valid }
sheet-bad-date = ”{ $value }” är inget datum. Skriv datumet som 2026-11-19.
sheet-bad-time = ”{ $value }” är inget klockslag. Skriv till exempel 22:30.
sheet-bad-number = ”{ $value }” är inget tal. Skriv till exempel 59,3293.
sheet-bad-whole = ”{ $value }” är inget heltal. Skriv till exempel 3.
sheet-place-not-in-area = platsen ”{ $place }” ligger inte i området ”{ $area }”. Välj en plats i området eller rätta området.
sheet-personal-data = texten kan innehålla personuppgifter: { $found }. Skriv om raden så att den beskriver platser och situationer, inte personer. Ska uppgifterna vara med: läs listan och läs in filen med --confirm-personal-data.
sheet-preview = { $file } ({ $kind }): { $new } nya, { $already } redan inlästa, { $bad ->
    [one] { $bad } rad
   *[other] { $bad } rader
} med fel. Inget är inläst än.
sheet-preview-bad-rows = Rätta raderna nedan och läs in filen igen, eller läs in de felfria raderna med --skip-bad-rows.
sheet-imported = Inläst från { $file } ({ $kind }): { $new } nya, { $already } redan inlästa.
sheet-review-queue = De nya iakttagelserna har granskningsstatus ny och väntar på granskning innan de räknas i lägesbilden.
sheet-backup = Säkerhetskopia före inläsningen: { $path }
sheet-rejected-file = { $count ->
    [one] Raden med fel är sparad
   *[other] De { $count } raderna med fel är sparade
} med orsaken i { $path }. Rätta dem där och läs in den filen.
sheet-rejected-suffix = avvisade-rader

## What stops a file
sheet-error-format = { $file } är varken .xlsx, .ods eller .csv. Spara den i ett av de formaten och försök igen.
sheet-error-unreadable = { $file } går inte att läsa som kalkylark ({ $reason }). Öppna filen i Excel eller LibreOffice, spara den som .xlsx och försök igen.
sheet-error-empty = { $file } har inga rader att läsa in.
sheet-error-no-template = Kolumnerna i { $file } passar ingen mall. Skriv en mall med lagesbild sheet template och fyll i den, eller ange mallen med --kind.
sheet-error-missing-column = Kolumnen { $column } saknas i { $file }. Den måste finnas: lägg till den eller utgå från en ny mall.
sheet-error-unknown-column = Kolumnen ”{ $column }” finns inte i mallen. Ta bort den eller byt namn på den. Mallens kolumner: { $valid }.
sheet-error-twice = Kolumnen ”{ $column }” finns två gånger. Ta bort den ena.
sheet-error-bad-rows = { $count ->
    [one] En rad
   *[other] { $count } rader
} av { $rows } har fel, och inget är inläst. Rätta raderna och läs in filen igen, eller läs in de felfria raderna med --skip-bad-rows.
sheet-error-encode = Mallen kunde inte skrivas: { $reason }

## The command line
cli-sheet-about = Kalkylark: mallar till partner utan programmet, och inläsning av ifyllda mallar
cli-sheet-template-about = Skriv en mall att fylla i, med listor från den här kopian
cli-sheet-template-arg-kind = Vad mallen gäller: observations, areas, places, organisations, measures eller plan
cli-sheet-template-arg-output = Filen att skriva (annars mall-<typ>.xlsx i aktuell mapp)
cli-sheet-template-arg-format = xlsx (med listor i cellerna) eller csv
cli-sheet-template-arg-overwrite = Skriv över filen om den redan finns
cli-sheet-import-about = Läs in en ifylld mall (visa först med --dry-run)
cli-sheet-import-arg-file = Den ifyllda mallen (.xlsx, .ods eller .csv)
cli-sheet-import-arg-dry-run = Visa bara vad som skulle läsas in och vilka rader som har fel (slutkod 3); ändra ingenting
cli-sheet-import-arg-skip-bad-rows = Läs in de felfria raderna och spara raderna med fel i en fil bredvid
cli-sheet-import-arg-confirm-personal-data = Läs in rader där personuppgifter hittades, efter att du har läst listan
cli-sheet-import-arg-kind = Vilken mall filen är (annars avgör kolumnerna)
sheet-cli-unknown-kind = Det finns ingen mall för ”{ $kind }”. Välj en av: { $valid }.
sheet-cli-unknown-format = Mallar finns som xlsx och csv, inte som ”{ $format }”.
sheet-cli-file-name = mall-{ $kind }.{ $extension }
sheet-cli-template-written = Mallen är sparad: { $path }. Skicka den till partnern; läs sedan in den ifyllda filen med lagesbild sheet import FIL --dry-run.

## The plan read back
sheet-kind-plan = Åtgärdsplan
sheet-plan-cause-without-problem = en orsak hör till ett problem. Fyll i problemet på raden.
sheet-plan-not-a-template = åtgärdsplanen läses in från sin egen export (lagesbild report plan --format xlsx), inte rad för rad ur en mall.
