# The export's errors (report::ReportError): what happened and what to do.

# $when: the record's date and a space, or empty; $warning: the personal-data check's warning;
# $confirm: "yes" when the program lets a person confirm the text
error-report-personal-data = The export was stopped: { $kind } { $when }(id { $id }) may contain personal data in the field “{ $field }”: { $warning } Change the text{ $confirm ->
        [yes] { " " }or confirm in the program that it does not point out any person
       *[no] {""}
    }, and then export again.
# $record: error-report-internal-…
error-report-internal = { $record } is classified INTERNAL and is not given out. Export with --include-internal if the document is to stay within the organisation.
error-report-internal-plan = The action plan “{ $title }”
error-report-internal-agreement = The agreement “{ $title }”
error-report-internal-meeting = The meeting of { $date }
# $document: report-document-…
error-report-unsupported-format = The format { $format } does not exist for { $document }. Choose one of: { $valid }.
error-report-audit = The export could not be recorded in the audit log, so the file was removed again: { $reason }
error-report-encode = Could not create the { $format } file ({ $reason }). Try again; if the error remains, report it.
error-report-no-plan = There is no action plan in the database. Add the plan first (or load demo data with lagesbild demo).
error-report-plan-not-found = Found no action plan called “{ $name }”. Give the start of the plan's title or the plan's id.
error-report-plan-ambiguous = Several action plans begin with “{ $name }”. Write more of the name or give the plan's id.
error-report-no-agreement = There is no collaboration agreement in the database. Add the agreement first (or load demo data with lagesbild demo).
error-report-agreement-not-found = Found no agreement called “{ $name }”. Give the start of the title or the id.
error-report-bad-year = { $year } is not a valid year. Give a year such as 2026.

## The documents, as an error message names them
report-document-plan = the action plan
report-document-agreement = the agreement follow-up
report-document-year = the year summary
report-document-week = the week's situation picture
report-document-minutes = the minutes

## Why a file could not be made
# $detail: the library's own words
error-report-encode-detail = { $detail }
error-report-chart-font = the charts' typeface could not be read
error-report-no-svg = no <svg>
error-report-docx-part = { $part } does not have the expected form; the document was not written
