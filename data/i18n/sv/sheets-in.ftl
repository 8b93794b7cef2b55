# Spreadsheets in: the exit code of a sheet with faulty rows, the source of what a template brought.

## The command line
sheet-cli-faulty-rows = { $count ->
    [one] En rad
   *[other] { $count } rader
} av { $rows } har fel (slutkod 3). Rätta raderna och kör kommandot igen, eller läs in de felfria raderna med --skip-bad-rows.

## Where an observation came from, named with its organisation
sheet-source-template-from = mall från { $organisation }
