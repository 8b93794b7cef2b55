# Spreadsheets in: the exit code of a sheet with faulty rows, the source of what a template brought.

## The command line
sheet-cli-faulty-rows = { $count ->
    [one] One row
   *[other] { $count } rows
} of { $rows } have faults (exit code 3). Correct the rows and run the command again, or read in the rows without faults with --skip-bad-rows.

## Where an observation came from, named with its organisation
sheet-source-template-from = template from { $organisation }

## The preventive measures' and the åtgärdsplan's templates
sheet-kind-measures = Preventive measures
sheet-hint-list-several = choose a value from the list; separate several with semicolons (Alcohol; Violence)
sheet-example-measures-title = Parent support at school
sheet-example-measures-description = Discussion groups for parents of children in years 4–6, one evening a month.
sheet-example-measures-responsible-unit = Social services
sheet-example-measures-target-group = parents of years 4–6, about 30 families a term
sheet-plan-instructions-intro = Fill in the action plan on the first sheet, one row per action, in the same columns as the plan's own export. Choose the owner and the status from the lists in the cells. Dates are written as 2026-11-19.
sheet-plan-instructions-rows = Rows with the same number and plan item belong to the same plan item: write the problem, causes, goal and indicators on the first of them. A plan item without actions gets a row without an action.
sheet-plan-instructions-causes = Separate several causes with semicolons, each preferably with its perspective in brackets: Poor lighting (situational). An owner not in the list is added as a new organisation.
sheet-plan-instructions-name = The plan is named after the file: save it as, for example, “Action plan 2027.xlsx”.
