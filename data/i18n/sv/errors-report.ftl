# Exportens fel (report::ReportError): vad som hände och vad man gör.

# $when: postens datum och ett mellanslag, eller tomt; $warning: personuppgiftskontrollens varning;
# $confirm: "yes" när programmet låter en bekräfta texten
error-report-personal-data = Exporten stoppades: { $kind } { $when }(id { $id }) kan innehålla personuppgifter i fältet ”{ $field }”: { $warning } Ändra texten{ $confirm ->
        [yes] { " " }eller bekräfta i programmet att den inte pekar ut någon person
       *[no] {""}
    }, och exportera sedan igen.
# $record: error-report-internal-…
error-report-internal = { $record } är klassad INTERN och lämnas inte ut. Exportera med --include-internal om dokumentet ska stanna inom organisationen.
error-report-internal-plan = Åtgärdsplanen ”{ $title }”
error-report-internal-agreement = Överenskommelsen ”{ $title }”
error-report-internal-meeting = Mötet { $date }
# $document: report-document-…
error-report-unsupported-format = Formatet { $format } finns inte för { $document }. Välj något av: { $valid }.
error-report-audit = Exporten kunde inte registreras i granskningsloggen, så filen togs bort igen: { $reason }
error-report-encode = Kunde inte skapa { $format }-filen ({ $reason }). Försök igen; kvarstår felet, rapportera det.
error-report-no-plan = Det finns ingen åtgärdsplan i databasen. Lägg in planen först (eller läs in demodata med lagesbild demo).
error-report-plan-not-found = Hittade ingen åtgärdsplan som heter ”{ $name }”. Ange början av planens titel eller planens id.
error-report-plan-ambiguous = Flera åtgärdsplaner börjar med ”{ $name }”. Skriv mer av namnet eller ange planens id.
error-report-no-agreement = Det finns ingen samverkansöverenskommelse i databasen. Lägg in överenskommelsen först (eller läs in demodata med lagesbild demo).
error-report-agreement-not-found = Hittade ingen överenskommelse som heter ”{ $name }”. Ange titelns början eller id.
error-report-bad-year = { $year } är inget giltigt år. Ange ett år som 2026.

## Dokumenten, som ett felmeddelande nämner dem
report-document-plan = åtgärdsplanen
report-document-agreement = uppföljningen av överenskommelsen
report-document-year = årssammanställningen
report-document-week = veckans lägesbild
report-document-minutes = minnesanteckningar

## Varför en fil inte gick att skapa
# $detail: bibliotekets egna ord
error-report-encode-detail = { $detail }
error-report-chart-font = typsnittet för diagram kunde inte läsas
error-report-no-svg = ingen <svg>
error-report-docx-part = { $part } har inte den form som väntades; dokumentet skrevs inte
