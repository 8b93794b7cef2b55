# The record command line: short ids in lists, undo, retiring, closing a meeting.

## lagesbild list <posttyp>
cli-list-arg-full-ids = Visa hela id:n i stället för korta (för skript som sparar dem)
cli-records-column-id = Id
cli-records-column-name = Namn
cli-records-column-refers-to = Hänvisar till
cli-records-column-in-use = Aktiv
cli-records-column-class = Klass
cli-records-yes = ja
cli-records-no = nej

## Fält i felmeddelanden och hjälp
cli-records-field-and-flag = ”{ $label }” (--{ $flag })
cli-records-missing = { $new } behöver { $count ->
    [one] fältet
   *[other] fälten
} { $fields }. Se lagesbild new { $kind } --help.
cli-records-bad-value = Fältet ”{ $label }” (--{ $flag }): { $reason }. Inget har ändrats.
cli-records-position-label = Position
cli-records-classification-label = Informationsklass
cli-records-help-preset = {" "}[standard: { $code }]
cli-records-help-form-preset = {" "}[standard: som programmets formulär, t.ex. dagens datum och den egna organisationen]

## lagesbild undo
cli-undo-about = Ångra den senaste ändringen i den här kopian (samma som u i programmet)
cli-undo-arg-dry-run = Visa bara vad som skulle ångras; inget ändras
undo-done = Ångrade: { $label }
undo-would = Skulle ångra: { $label } (inget har ändrats; kör utan --dry-run för att ångra)
undo-nothing = Det finns ingen ändring att ångra.
undo-own-organisation = ”{ $label }” ångras inte: då skulle kopians egen organisation tas bort, som kopian hör till. Ändra den i stället i Register (eller med lagesbild edit). Inget har ändrats.

## lagesbild delete [--deactivate]
retire-own-organisation = Din egen organisation kan inte tas bort eller inaktiveras: kopian hör till den. Inget har ändrats.
retire-event-type = Händelsetyper tas aldrig bort, bara inaktiveras: polisens händelser och äldre iakttagelser hänvisar till dem. Inaktivera ”{ $name }” med lagesbild delete { $id } --deactivate. Inget har ändrats.
retire-already-inactive = { $kind } { $id } är redan inaktiv och finns inte i valen. Inget har ändrats.
retire-referenced = { $kind } ”{ $name }” kan inte tas bort: { $count ->
    [one] en post hänvisar
   *[other] { $count } poster hänvisar
} till den: { $referrers }. { $advice }
retire-referenced-deactivate = Inaktivera den i stället (lagesbild delete { $id } --deactivate): den försvinner då ur valen men finns kvar i historik och rapporter. Inget har ändrats.
retire-referenced-cannot-deactivate = Den här sortens post kan inte heller inaktiveras. { $instead } Inget har ändrats.
retire-cannot-deactivate = { $kind } kan inte inaktiveras: den sortens post har inget läge ”inaktiv”. { $instead } Inget har ändrats.
retire-referrer = { $kind } ”{ $name }” (fältet { $field })
retire-and-more = och { $count } till
retire-instead = { $kind ->
    [police_event] En händelse från polisens flöde hör till flödets historik och finns kvar. Ska den inte synas i lägesbilden, för inte över den; en iakttagelse som redan gjorts av den avförs: lagesbild edit <iakttagelsens id> --review-status avford.
    [meeting] Ställ in mötet i stället: lagesbild edit { $id } --status installt. Det finns då kvar i listor och historik men får inga minnesanteckningar.
    [attendance] Ändra närvaron i stället (lagesbild edit { $id } --presence forhinder), eller ta bort raden: lagesbild delete { $id }.
    [agenda_item] Ta bort punkten från dagordningen: lagesbild delete { $id }.
    [situation_picture] En lägesbild hör till sin vecka. Ändra texten (lagesbild edit { $id } --summary …), eller ta bort den: lagesbild delete { $id }.
    [area_assessment] Ändra bedömningen (lagesbild edit { $id } --level, --trend eller --text), eller ta bort den: lagesbild delete { $id }.
    [follow_up] En uppföljning är en anteckning om vad som hände. Rätta den (lagesbild edit { $id } --comment …), eller ta bort den: lagesbild delete { $id }.
    [indicator_value] Rätta mätvärdet (lagesbild edit { $id } --value …), eller ta bort mätningen: lagesbild delete { $id }.
   *[other] Ändra den (lagesbild edit { $id } …), eller ta bort den när inget hänvisar till den: lagesbild delete { $id }.
}

## lagesbild meeting close
cli-meeting-about = Möten: avsluta ett möte som i programmets Möte-flik
cli-meeting-close-about = Avsluta ett möte och fastställ veckans lägesbild (som Avsluta möte i programmet)
cli-meeting-close-arg-meeting = Mötet: ett datum (2026-11-19), en vecka (2026-W47) eller ett id (början räcker)
meeting-close-refused = Mötet { $date } är { $status } och kan inte avslutas igen. Inget har ändrats.
meeting-close-nobody-present = Obs: ingen är markerad som närvarande, så minnesanteckningarna får en tom närvarolista. Lägg till närvaro med lagesbild new attendance.
meeting-close-not-a-meeting = ”{ $word }” är inget möte utan en { $kind }. Ange mötets datum, vecka eller id.
meeting-close-use-command = Ett möte avslutas med lagesbild meeting close { $id }: då får det sin sluttid och veckans lägesbild fastställs, som i programmet. Inget har ändrats.

## Vad en ändring heter (sparas med ändringen; ångra nämner den)
action-created = Sparat: { $neuter ->
    [yes] nytt
   *[no] ny
} { $kind } ”{ $name }”.
action-edited = Ändrade { $kind } ”{ $name }”.
action-deleted = Tog bort { $kind } ”{ $name }”.
action-deactivated = Inaktiverade { $kind } ”{ $name }”: posten finns inte längre i valen.
