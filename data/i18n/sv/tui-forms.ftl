# Formulärens listor i terminalgränssnittet: flervalslistan, filtrering och platser.

## Flervalsfältets lista
form-list-filter = Filter:
form-list-count = { $shown } av { $total }
form-list-none-match = Inget val innehåller ”{ $filter }”. Backsteg tar bort tecken.
form-list-keys = { $toggle } markerar · { $close } stänger listan
form-list-nothing-chosen = (inget valt – { $key } öppnar listan)

## Nyckelraden
form-key-open-list = öppna listan
form-key-toggle = markera
form-key-down = nästa
form-key-close-list = stäng listan

## Ett listfält med sökning
form-choice-search = sök: { $filter } · { $count ->
    [0] ingen träff
    [one] en träff
   *[other] { $count } träffar
}

## En ny plats där en polishändelse ägde rum
form-key-new-place = ny plats här
form-police-place-title = Ny plats vid polishändelse { $id }
form-police-no-position = Polishändelse { $id } har ingen position i polisens data. Lägg in platsen på fliken Register i stället.
