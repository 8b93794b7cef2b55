# Fel med en fil (files::FileError): vad som hände och vad man gör.

error-file-exists = Filen { $path } finns redan och skrivs inte över. Välj ett annat filnamn, eller (på kommandoraden) lägg till --overwrite för att ersätta den.
# $example: mappen med ett filnamn efter (error-file-example-name)
error-file-directory = { $path } är en mapp. Ange ett filnamn, till exempel { $example }.
error-file-example-name = fil
# $what: vad filen är (file-what-…)
error-file-protected = { $path } är { $what } och skrivs inte över. Välj ett annat filnamn (till exempel i mappen Dokument).
error-file-not-regular = { $path } är inte en vanlig fil (utan till exempel en enhet, en namngiven pipe eller en mapp). Ange sökvägen till en fil.
error-file-too-large = Filen { $path } är { $size } MB, större än de { $limit } MB som tas emot. Kontrollera att det är rätt fil.
error-file-missing = Kunde inte läsa filen { $path }: den finns inte. Kontrollera sökvägen.
error-file-write = Kunde inte skriva { $path } ({ $reason }). Kontrollera att mappen finns, att det finns plats på disken, att du får skriva där och att filen inte är öppen i ett annat program.
error-file-read = Kunde inte läsa { $path } ({ $reason }). Kontrollera sökvägen och att du får läsa filen.

## Databasens filer, som ingen export får hamna på
file-what-database = databasen
file-what-wal = en del av databasen (-wal)
file-what-shm = en del av databasen (-shm)
file-what-journal = en del av databasen (-journal)
file-what-lock = databasens låsfil
file-what-key = den här kopians signeringsnyckel
file-what-backup = en säkerhetskopia av databasen
