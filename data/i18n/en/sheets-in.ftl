# Spreadsheets in: the exit code of a sheet with faulty rows, the source of what a template brought.

## The command line
sheet-cli-faulty-rows = { $count ->
    [one] One row
   *[other] { $count } rows
} of { $rows } have faults (exit code 3). Correct the rows and run the command again, or read in the rows without faults with --skip-bad-rows.

## Where an observation came from, named with its organisation
sheet-source-template-from = template from { $organisation }
