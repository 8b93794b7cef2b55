# Personuppgiftskontrollen, del 2 (issue 16): gallring av en borttagen post, och flaggan på
# listornas rader.

## lagesbild gallra <id>
# "Iakttagelse 3f2a9c1e är gallrad: texten i 3 ändringar är tömd i den här kopian. …"
purge-done = { $kind } { $id } är gallrad: texten i { $count ->
    [one] en ändring
   *[other] { $count } ändringar
} är tömd i den här kopian, och paket till partner skickas utan den. Säkerhetskopia före gallringen: { $backup } (den innehåller fortfarande texten; radera den när den inte behövs).
purge-not-deleted = { $kind } { $id } är inte borttagen. Bara en borttagen post kan gallras: ta bort den först (lagesbild delete { $full_id }). Inget har ändrats.
purge-already = { $kind } { $id } är redan gallrad. Inget har ändrats.
purge-no-undelete = { $kind } { $id } är gallrad och kan inte återställas: dess text finns inte längre i kopian. Skapa en ny post om det behövs. Inget har ändrats.
# Ångra-listans text för en ändring som rörde en gallrad post.
purge-undo-label = ändring i en gallrad post ({ $kind })

## Paket till partner: vägen ut för en borttagen post
# Läggs till efter stoppmeddelandet när någon av posterna är borttagen.
pii-bundle-purge-hint = Borttagna poster ({ $ids }) kan inte bekräftas utan att texten skickas: gallra dem i stället med lagesbild gallra <id> (texten töms i kopian, en säkerhetskopia görs först), och exportera sedan igen.

## Hjälptexten för lagesbild gallra
cli-gallra-about = Gallra en borttagen post: töm dess text i kopian för gott (säkerhetskopia först)
cli-gallra-arg-id = Postens id (eller början av det, som i lagesbild list)
# Gallring vägras när levande poster hänvisar till den borttagna posten.
purge-referred = { $kind } { $id } kan inte gallras: { $count ->
    [one] en post
   *[other] { $count } poster
} hänvisar fortfarande till den: { $referrers }. Ta bort hänvisningen först (eller ta bort de posterna), annars pekar de på en post vars text är borta. Inget har ändrats.

## Flaggan på listornas rader
# Märket på en rad vars text kan innehålla personuppgifter (ett tecken; förklaras i hjälpen).
pii-list-mark = §
# Filterradens text när bara flaggade rader visas.
pii-filter-only = bara möjliga personuppgifter (§)

## Gallring i Lägesbild (vyn med borttagna iakttagelser)
# Filterradens text när de borttagna visas.
deleted-view-filter = borttagna
# Frågan före gallring; svarstangenterna läggs till efter.
purge-ask = Gallra den borttagna iakttagelsen { $id } (”{ $excerpt }”)? Texten töms i den här kopian för gott och kan inte återställas eller ångras. Ändringsloggen behåller att iakttagelsen fanns, togs bort och gallrades, men inte vad den sa. En säkerhetskopia (med texten) görs först.
purge-only-deleted = Bara en borttagen iakttagelse kan gallras. Visa de borttagna med { $key } och välj den där.
deleted-view-read-only = En borttagen iakttagelse kan inte ändras. Tillbaka till de levande med { $key }.
