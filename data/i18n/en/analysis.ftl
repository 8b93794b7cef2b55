# The analyses (issue 14): periods and the words the counts share.

## Periods
analysis-period-year = { $year }
analysis-period-tertial = tertial { $number } of { $year }
analysis-period-quarter = Q{ $number } { $year }
analysis-period-month = { $month } { $year }
analysis-period-week = week { $number } of { $year }
