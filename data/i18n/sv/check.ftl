# Kontrollen av kopian (store::check, lagesbild check): stegen, delarna och vad de fann.

## Stegen, som "Kontrollerar …" fortsätter
check-step-references = referenser
check-step-op-chains = ändringsloggens kedjor
check-step-tables = tabellerna mot ändringsloggen
check-step-audit = granskningsloggen
check-step-search = sökregistret
check-step-values = lagrade värden
check-step-integrity = SQLites integritetskontroll

## Delarna i resultatet
check-item-integrity = integritet
check-item-references = referenser
check-item-op-log = ändringslogg
check-item-audit = granskningslogg
check-item-tables = tabeller mot logg
check-item-search = sökregister
check-item-values = värden

check-integrity-ok = SQLite integrity_check: ok
# $detail: SQLites egna ord
check-integrity-bad = { $detail }
check-references-ok = Alla referenser pekar på befintliga poster.
check-references-broken = { $count ->
        [one] En bruten referens
       *[other] { $count } brutna referenser
    }, till exempel i { $table } rad { $row } mot { $target }.
check-audit-ok = Granskningsloggens kedja är obruten.
check-audit-broken = Granskningsloggen är ändrad eller bruten vid rad { $row }.
check-op-log-ok = { $count ->
        [one] En operation
       *[other] { $count } operationer
    } från { $origins ->
        [one] en part
       *[other] { $origins } parter
    }, alla kedjor obrutna.
# $reason: tolkens egna ord
check-op-unreadable = En operation går inte att läsa: { $reason }.
check-op-gap = Operationerna från { $origin } saknar nummer { $missing } (nästa är { $next }).
check-op-hash = Operation { $op } från { $origin } (nummer { $seq }) stämmer inte med sin kontrollsumma: loggen har ändrats.
check-tables-ok = Alla tabeller motsvarar ändringsloggen.
check-tables-rows = { $kind } ({ $count ->
        [one] en rad
       *[other] { $count } rader
    })
check-tables-differ = Tabellerna stämmer inte med ändringsloggen (ändrade utanför lagesbild?): { $differences }.
check-search-ok = Sökregistret täcker alla { $count } posttyper med fritext.
check-search-queued = { $count ->
        [one] En sökpost ligger
       *[other] { $count } sökposter ligger
    } kvar i kön (databasen har ändrats utanför lagesbild?); sökningen missar { $count ->
        [one] den
       *[other] dem
    } tills nästa ändring i lagesbild skriver in { $count ->
        [one] den
       *[other] dem
    }.
check-search-difference = { $kind } ({ $live ->
        [one] en post
       *[other] { $live } poster
    }, { $found } i sökregistret)
check-search-differs = Sökregistret stämmer inte med posterna: { $differences }. Sökningen kan missa poster; tabellerna själva är opåverkade.
check-values-ok = Alla lagrade värden är giltiga.
check-values-bad = { $count ->
        [one] Ett lagrat värde går
       *[other] { $count } lagrade värden går
    } inte att tolka, till exempel { $examples }. Rätta { $count ->
        [one] det
       *[other] dem
    } i lagesbild (eller återställ en säkerhetskopia); listor och rapporter som visar { $count ->
        [one] det
       *[other] dem
    } kan annars misslyckas.
# Ett exempel på ett felaktigt värde: postens slag och id, och vad som är fel
check-bad-value = { $kind } { $id }, { $problem }

## Svaret till programmets kontroll (services::check)
check-done-ok = Kontrollen av kopian är klar: allt stämmer ({ $count } delar kontrollerade).
# $failed: "del: vad som hittades", åtskilda med semikolon
check-done-failed = Kontrollen hittade fel – { $failed }. Återställ från den senaste säkerhetskopian (lagesbild-*.db bredvid databasen) eller kontakta den som förvaltar lagesbild.
