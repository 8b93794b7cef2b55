# The reports as their readers use them (issue 13): the year report's comparisons, the
# calendar's warnings, the agreement's revision date, HTML print labels.

## Year report: like periods and an honest base
# "1 januari–19 november"
year-period = { $from_day } { $from_month }–{ $to_day } { $to_month }
year-column-base = { $year }, samma period
year-observation-totals-period = { $count ->
    [one] { $count } iakttagelse
   *[other] { $count } iakttagelser
} { $period } { $year }; samma period { $base_year }: { $before }. Avförda iakttagelser och dubbletter räknas inte.
year-base-incomplete = Förändringen anges inte i procent: uppgifterna i lagesbild börjar { $since }, så { $base_year } har underlag för { $weeks ->
    [one] { $weeks } vecka
   *[other] { $weeks } veckor
} av periodens { $period_weeks }.
year-base-missing = Ingen jämförelse med { $base_year }: uppgifterna i lagesbild börjar { $since }.
year-change-incomplete = ofullständigt underlag
year-column-plan-item = Planpunkt

## Calendar
calendar-no-meeting = Inget kommande möte finns, så kalenderfilen har bara åtgärdernas slutdatum. Lägg in nästa möte och skriv kalendern igen.
calendar-next-meeting-internal = Nästa möte ({ $date }) är klassat intern och finns därför inte med i kalenderfilen.
cli-report-calendar-arg-include-past = Ta med även åtgärder vars slutdatum redan har passerat

## Agreement follow-up
agreement-revision-passed-short = { $date } – passerat
agreement-revision-passed-lead = Obs!
agreement-revision-passed = Revideringsdatumet { $date } har passerat: överenskommelsen ska revideras.
agreement-promise-numbered = Medborgarlöfte { $number }: { $headline }
