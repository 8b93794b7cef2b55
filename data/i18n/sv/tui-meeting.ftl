# The meeting series, the meeting's details and agenda, cancelling, the area's text, duplicates
# and a record's history (the Möte and Lägesbild tabs, the history overlay).

## The meeting series as a record
vocab-entity-kind-meeting_series = mötesserie
count-meeting-series = { $count } { $count ->
    [one] mötesserie
   *[other] mötesserier
}
field-meeting-series-group-name = gruppens namn
field-meeting-series-kind = typ av möte
field-meeting-series-weekday = veckodag
field-meeting-series-start-time = starttid
field-meeting-series-end-time = sluttid
field-meeting-series-location = lokal
field-meeting-series-chair = ordförande (funktion)
field-meeting-series-note-taker = antecknare (funktion)
field-meeting-series-adjuster = justerare (funktion)
field-meeting-series-agenda = dagordning (en punkt per rad)
field-meeting-series-active = i bruk
field-meeting-series-classification = informationsklass

## Weekday
vocab-weekday = veckodag
vocab-weekday-mandag = måndag
vocab-weekday-tisdag = tisdag
vocab-weekday-onsdag = onsdag
vocab-weekday-torsdag = torsdag
vocab-weekday-fredag = fredag
vocab-weekday-lordag = lördag
vocab-weekday-sondag = söndag

## A cancelled meeting
vocab-meeting-status-installt = inställt

## The meeting series' form and what Möte shows of it
meeting-series-default-group = Samverkansgrupp trygghet
meeting-series-default-chair = trygghetssamordnare
meeting-series-new-title = Mötesserie: dag, tid, lokal och funktioner (inga namn), en § per rad
meeting-series-edit-title = Mötesserie ”{ $name }”: funktioner, inga namn; en § per rad
meeting-series-needs-name = Ge gruppen ett namn, till exempel Samverkansgrupp trygghet.
meeting-series-saved = Mötesserien ”{ $name }” sparades: { $when }.
meeting-series-heading = Mötesserie: { $name }
meeting-series-line = { $weekday } { $time } { $room } · ordförande: { $chair } · antecknare: { $notes } · { $agenda } punkter på dagordningen
meeting-series-change-hint = { $key } ändrar mötesserien. Ett nytt möte får dess uppgifter och dagordning.
meeting-series-missing = Ingen mötesserie ännu: { $key } lägger in gruppens veckodag, tid, lokal, funktioner och dagordning.
meeting-setup-step-series = mötesserie
meeting-start-from-series = Inget möte är planerat den här veckan ({ $week }). Starta ett nytt möte för { $group } på mötesseriens dag, { $when }, med mötesseriens uppgifter och dagordning?
meeting-recent-heading = Senaste mötena

## Labels of the meeting forms (a field's label in the catalogue when none here)
meeting-form-group-name = Gruppens namn
meeting-form-kind = Typ
meeting-form-weekday = Veckodag
meeting-form-date = Datum
meeting-form-start-time = Starttid
meeting-form-end-time = Sluttid
meeting-form-location = Lokal
meeting-form-chair = Ordförande
meeting-form-note-taker = Antecknare
meeting-form-adjuster = Justerare
meeting-form-agenda = Dagordning
meeting-form-dnr = Diarienummer
meeting-form-notes = Anteckningar
meeting-form-area-id = Område
meeting-form-title = Rubrik
meeting-form-text = Text
meeting-form-decision = Beslut: att …
meeting-form-organisation = Organisation
meeting-form-new-organisation = Ny organisation: namn
meeting-form-short-name = Ny organisation: kortnamn
meeting-form-functions = Vilka kom (funktioner)
meeting-form-presence = Närvaro
meeting-form-adjunct = Adjungerad
meeting-form-area-text = Områdets text

## The meeting's details and calling it off
meeting-details-title = Mötets uppgifter ({ $date })
meeting-details-saved = Mötets uppgifter sparades ({ $date }).
meeting-details-end-before-start = Sluttiden ska ligga efter starttiden.
meeting-none-to-edit = Inget möte pågår eller är planerat. Starta eller planera ett möte först.
meeting-none-to-cancel = Inget möte pågår eller är planerat att ställa in.
meeting-cancel-question = Ställa in mötet { $date } ({ $status })? Det finns kvar i historiken, märkt inställt, och får inga minnesanteckningar.
meeting-cancelled = Mötet { $date } är inställt.
meeting-cancelled-no-minutes = Mötet { $date } är inställt och får inga minnesanteckningar. Exportera ett mötes som hölls.

## The agenda
meeting-agenda-hint = { $count } punkter · { $new } ny · { $edit } ändra · { $remove } ta bort · { $up } { $down } flytta
meeting-agenda-new-title = Ny punkt på dagordningen (§ { $number })
meeting-agenda-edit-title = § { $number } { $title }
meeting-agenda-needs-title = Ge punkten en rubrik.
meeting-agenda-saved = § { $number } ”{ $title }” sparades.
meeting-agenda-removed = § { $number } ”{ $title }” togs bort från dagordningen.
meeting-agenda-moved = ”{ $title }” är nu § { $number }.
meeting-agenda-decision = Beslut: { $text }

## Attendance of an organisation not yet listed
meeting-attendance-title = Närvaro: organisation utanför listan
meeting-attendance-new-organisation = (ny organisation – skriv namnet nedan)
meeting-attendance-needs-organisation = Välj en organisation eller skriv namnet på en ny.
meeting-attendance-exists = { $name } finns redan: välj den i listan ovan.
meeting-attendance-saved = { $name }: { $presence }.

## The area's text
meeting-area-text-title = Text om { $area }
meeting-area-text-none = Inga rapporterade händelser { $week }.
meeting-area-text-counts = { $count ->
    [one] En rapporterad händelse
   *[other] { $count } rapporterade händelser
} { $week }: { $types }.
meeting-area-text-most = Flest vid { $place } ({ $count }).
meeting-area-text-hot-spots = Hot spots: { $places }.
meeting-area-text-saved = Områdets text sparades.

## The key bar on Möte
meeting-attendance-hint = { $key } lägger till en organisation utanför listan
meeting-key-series = mötesserie
meeting-key-details = uppgifter
meeting-key-cancel = ställ in
meeting-key-agenda-new = ny punkt
meeting-key-agenda-edit = ändra
meeting-key-agenda-remove = ta bort
meeting-key-agenda-up = upp
meeting-key-agenda-down = ned
meeting-key-area-text = text

## Lägesbild: a duplicate names its original
duplicate-title = Dubblett: { $observation }
duplicate-original = Original
duplicate-none = Inga andra iakttagelser i { $area } inom en vecka före eller efter att välja som original.
duplicate-pick = Välj iakttagelsen som detta är en dubblett av.
duplicate-marked = Iakttagelsen är markerad som dubblett.
duplicate-of = Dubblett av { $date } { $kind }, { $place }

## A record's history (h)
history-title = Historik: { $kind } ”{ $name }”
history-keys = { $count ->
    [one] En ändring
   *[other] { $count } ändringar
}, äldst först · { $scroll } bläddrar · { $close } stänger
history-at-time = kl. { $time }
history-nothing-selected = Välj en post i listan först: h visar dess historik.
