# Spreadsheets in: the exit code of a sheet with faulty rows.

## The command line
sheet-cli-faulty-rows = { $count ->
    [one] En rad
   *[other] { $count } rader
} av { $rows } har fel (slutkod 3). Rätta raderna och kör kommandot igen, eller läs in de felfria raderna med --skip-bad-rows.

