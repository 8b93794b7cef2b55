# The minutes (issue 13): words the minutes add beyond report.ftl.
minutes-open-count = { $count ->
    [0] Inga åtgärder från tidigare möten var öppna när mötet avslutades.
    [one] { $count } åtgärd från tidigare möten var öppen när mötet avslutades, varav { $late } försenad per mötesdagen.
   *[other] { $count } åtgärder från tidigare möten var öppna när mötet avslutades, varav { $late } försenade per mötesdagen.
}
minutes-events-period = Händelser under perioden { $period } (vecka { $weeks }). Som rapporterad händelse räknas varje iakttagelse utom avförda och dubbletter. Lägesbilden beskriver platser och situationer, inte personer.
minutes-area-no-text = Ingen bedömning skrevs för området vid mötet.
minutes-field-secretary = Sekreterare
minutes-signed-secretary = Vid protokollet
minutes-signature = Underskrift
minutes-signature-date = Datum
minutes-signature-line = ________________________________
minutes-signature-date-line = ______________
minutes-intern-mark = (intern)
minutes-internal-notice = OBS! Dokumentet innehåller poster klassade INTERN. De är märkta ”(intern)”.
report-internal-included = OBS! Dokumentet innehåller poster klassade INTERN.
