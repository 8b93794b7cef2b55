# Spreadsheets in: the exit code of a sheet with faulty rows.

## The command line
sheet-cli-faulty-rows = { $count ->
    [one] One row
   *[other] { $count } rows
} of { $rows } have faults (exit code 3). Correct the rows and run the command again, or read in the rows without faults with --skip-bad-rows.

