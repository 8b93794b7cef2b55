# The analyses (issue 14): periods and the words the counts share.

## Periods
analysis-period-year = år { $year }
analysis-period-tertial = tertial { $number } { $year }
analysis-period-quarter = kvartal { $number } { $year }
analysis-period-month = { $month } { $year }
analysis-period-week = vecka { $number } { $year }
