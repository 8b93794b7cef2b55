# Databasens vägran och fel vid ändringar (store): vad som hände och vad man gör.
# $kind är postens slag ("område"), $id dess korta id.

error-store-bad-op = Ogiltig ändring av { $kind } { $id }: { $reason }.
error-store-bad-value = Ogiltigt värde för { $kind } { $id }: { $reason }. Inget har ändrats.
error-store-exists = { $kind } { $id } finns redan och kan inte skapas igen.
error-store-purge-not-an-edit = Gallring görs med kommandot för gallring, inte som en vanlig ändring.
error-store-create-own-id = En ny post får inte ange sitt eget id eller sin klass bland fälten.
error-store-backup = Säkerhetskopian kunde inte sparas. { $reason }
error-store-older-schema = Databasen { $path } har ett äldre format som måste uppgraderas. Öppna den en gång med lagesbild (utan skrivskydd) så uppgraderas den.
error-store-no-identity = Den här kopian har ingen partneridentitet ännu.
# $gender: "neuter" ("inget område") eller "common" ("ingen åtgärd")
error-store-name-not-found = Hittade { $gender ->
        [neuter] inget
       *[common] ingen
    } { $kind } som heter ”{ $name }”. Kontrollera stavningen.
error-store-name-ambiguous = ”{ $name }” passar flera: { $names }. Skriv mer av namnet.
error-store-bad-stored-id = Ogiltigt id i databasen: { $id }. Kör lagesbild check.
error-store-meeting-reference = ”{ $reference }” är varken ett datum (2026-11-19), en vecka (2026-W47) eller ett id. Ange mötet på något av de sätten.
error-store-meeting-not-found = Hittade inget möte för ”{ $reference }”. Se lagesbild list meetings.
# $change: error-store-owned-delete/-undelete/-set; $advice: error-store-owned-ask/-shared
error-store-owned = { $kind } { $id } är skapad av en annan part, och bara den kan { $change }. { $advice }
error-store-owned-delete = ta bort den
error-store-owned-undelete = återställa den
error-store-owned-set = ändra fältet ”{ $field }”
error-store-owned-ask = Be den parten göra ändringen.
error-store-owned-shared = Ni kan ändra { $fields } i den; be ägaren om resten.
# $vocabulary: error-store-terms-…
error-store-unknown-term = fältet ”{ $field }”: ”{ $code }” finns inte bland { $vocabulary } här
error-store-terms-organisation = organisationstyperna
error-store-terms-area = områdestyperna
error-store-terms-place = platstyperna
# $reason: databasens egna ord om ett lagrat värde
error-store-unreadable = { $reason }
store-warning-intern-referred = { $kind } { $id } är nu intern, och { $count ->
        [one] en annan post hänvisar
       *[other] { $count } andra poster hänvisar
    } till den. { $count ->
        [one] Den lämnar
       *[other] De lämnar
    } inte heller den här kopian: partner får { $count ->
        [one] den
       *[other] dem
    } inte i kommande paket.
# "inget område", "ingen åtgärd"
entity-none = { $gender ->
        [neuter] inget
       *[common] ingen
    } { $kind }

## Varför ett värde inte går att spara (store::codec)
error-store-reason-no-field = fältnamn saknas
error-store-reason-no-value = värde saknas
error-store-reason-no-choice = det valda värdet saknas
error-store-reason-no-fields = en ny post måste ha sina fält
error-store-reason-unknown-classification = okänd informationsklass
error-store-reason-required = värdet saknas men är obligatoriskt
error-store-reason-integer = ett heltal väntades
error-store-reason-number = ett tal väntades
error-store-reason-text-list = en lista med texter väntades
error-store-reason-text = en text väntades
error-store-reason-bool = sant eller falskt väntades
error-store-reason-list = en lista väntades

## Fältens värden (domain::validate)
error-value-required = fältet ”{ $field }” måste ha ett värde
error-value-field = fältet ”{ $field }”: { $reason }
# $vocabulary: vokabulärens namn
error-value-not-in-vocabulary = { $value } är inget giltigt värde för { $vocabulary } (giltiga: { $valid })
# $expects: vad fältet väntar sig ("ett datum")
error-value-not-a = { $value } är inte { $expects }
error-value-create-without-fields = en ny post saknar sina fält
error-value-unknown-field = okänt fält ”{ $field }”
error-value-resolve-without-ops = en konfliktlösning måste ange de två ändringar den löser
error-value-delete-content = en borttagning eller återställning har ett okänt innehåll
error-value-degrees = { $degrees } ligger utanför −{ $limit } till { $limit } grader (WGS 84, till exempel 59.33)
error-value-text-too-long = texten är längre än de { $max } tecken ett fält får ha
error-value-list-too-long = listan är längre än de { $max } poster ett fält får ha

## Ett paket som databasen inte tar emot (store::import)
error-store-bundle-mismatch = paketets värden och ändringar stämmer inte överens
error-store-missing-references = posterna hänvisar till poster som saknas här
error-store-divergent = operation { $op } finns redan här med annat innehåll

## Vad en partner inte får ändra (domain::rights, exchange::rules); $op: rights-op
rights-op = ändring nr { $seq } ({ $kind } { $id })
rights-not-the-senders = { $op } är gjord av en annan part än avsändaren
rights-intern = { $op } är klassad som intern och får inte lämna avsändaren
rights-purge = { $op } är en gallring, som varje part gör själv
rights-exists = { $op } skapar en post som redan finns
# $field: rights-field
rights-field-of-other = { $op } ändrar { $field } i en post som en annan part äger, och det får avsändaren inte
rights-field = fältet ”{ $field }”
rights-delete-of-other = { $op } tar bort eller återställer en post som en annan part äger
rights-bad-value = { $op }: { $reason }

## Att ta bort en post som andra hänvisar till (store::retire)
# $referrers: error-store-referrer, åtskilda med semikolon; $advice: error-store-referenced-…
error-store-referenced = { $kind } { $id } kan inte tas bort: { $count ->
        [one] { $count } post hänvisar
       *[other] { $count } poster hänvisar
    } till den: { $referrers }. { $advice } Inget har ändrats.
error-store-referrer = { $kind } ”{ $name }” ({ $id }, fältet { $field })
error-store-and-more = och { $count } till
error-store-referenced-change-first = Ta först bort eller ändra det som hänvisar till den.
error-store-referenced-deactivate = Inaktivera den i stället (delete --deactivate): den försvinner då ur valen men finns kvar i historik och rapporter.
error-store-cannot-deactivate = En { $kind } kan inte inaktiveras, bara tas bort när inget hänvisar till den. Inget har ändrats.

## Ångra (store::undo); $label är ändringens namn
# Sparas med ändringen: alltid på svenska
undo-label = Ångrat: { $label }
# $what: undo-what-…; $by: undo-by-…
undo-changed-later = Kan inte ångra ”{ $label }”: { $what } har ändrats senare av { $by }. Inget har ändrats.
undo-what-field = fältet ”{ $field }” i { $kind } { $id }
undo-what-record = { $kind } { $id }
undo-by-this-copy = en senare ändring i den här kopian
undo-by-partner = partnern { $name }
undo-by-other = en annan part ({ $id })
undo-no-earlier-value = Kan inte ångra ”{ $label }”: det tidigare värdet av fältet ”{ $field }” i { $kind } { $id } finns inte kvar i ändringsloggen. Inget har ändrats.
undo-purged = Kan inte ångra ”{ $label }”: den gallrade { $kind } { $id }. Gallring kan inte ångras. Inget har ändrats.
