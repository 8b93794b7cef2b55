# Spreadsheets in: the plan template's example row, and reading a sheet in from the TUI
# (Situation and Register, key i).

## The plan template's example row (fictional; never read in)
sheet-plan-instructions-example = Row 2 is an example (No. { $marker }). It is not read in; write over it or leave it.
sheet-example-plan-item = A safer centre
sheet-example-plan-problem = Vandalism at the centre's entrances in the evenings
sheet-example-plan-cause = Poor lighting (situational); Few adults about after 8 pm (situational)
sheet-example-plan-goal = Less vandalism at the centre's entrances
sheet-example-plan-action = Replace the lighting in the underpass to the centre
sheet-example-plan-indicator = Reported vandalism at the centre

## Reading a sheet in from the app (key i on Situation and Register)
sheet-tui-key-import = read spreadsheet
sheet-tui-form-title = Read in a spreadsheet: { $kind }
sheet-tui-reading = Reading the spreadsheet …
sheet-tui-job-preview = Reading the spreadsheet
sheet-tui-job-import = Reading in the spreadsheet (backup first)
sheet-tui-importing = Reading in the spreadsheet (backup first) …
sheet-tui-preview-cancelled = The preview was stopped. Nothing was read in.
sheet-tui-other-template = Nothing was read in: { $file } is a template for { $found }, not for { $wanted }. Choose a file of { $wanted }. A template for { $found } is read in on its own list (areas, places and organisations on Register, observations on Situation) or with lagesbild sheet import.
sheet-tui-no-template = There is no template for { $list }. Spreadsheets are read in for areas, places and organisations here, and for observations on the Situation tab.
sheet-tui-more-faults = … and { $count } more faults.
sheet-tui-nothing-new = Nothing new to read in.
sheet-tui-nothing-to-import = Nothing can be read in until the rows above are corrected. Correct them in the file and read it in again. Close the preview?
sheet-tui-import-question = Read in { $count ->
    [one] the new row
   *[other] the { $count } new rows
} now? A backup is taken first.
sheet-tui-import-good-rows = Read in { $count ->
    [one] the row without faults
   *[other] the { $count } rows without faults
} now? The faulty rows are saved with their reasons in { $path } beside the file; correct them there and read that file in. A backup is taken first.
sheet-tui-empty-hint = { $key } reads a list in from a spreadsheet.
