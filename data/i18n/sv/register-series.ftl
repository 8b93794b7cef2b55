# Issue 12's last gaps: a meeting series' members, a meeting's series, and the words the
# attendance, the place projects' tab and the command line need for them.

field-meeting-series-member-ids = medlemsorganisationer
field-meeting-series-id = mötesserie
meeting-form-member-ids = Medlemmar
# After an organisation's name in the attendance: it is a member of the series.
meeting-attendance-member = {" "}· medlem
# Tab 6's key hint: an inspection or walk that belongs to no project.
places-key-new-inspection = ny besiktning utan projekt
# A situation picture as a reference (pickers, details, list): by its period.
picture-name-week = Lägesbild v. { $week } { $year }
picture-name-tertial = Lägesbild { $year }-T{ $tertial }
picture-name-year = Lägesbild { $year }
picture-name-period = Lägesbild { $start }–{ $end }
# `lagesbild new` on a copy that is not set up: what to do first.
cli-records-none-yet = det finns { $none } ännu (sökte ”{ $value }”). Lägg in det först med lagesbild new { $kind }
cli-records-none-yet-terms = det finns { $none } ännu (sökte ”{ $value }”): kopian är inte upplagd med de gemensamma begreppen. Lägg upp den med lagesbild init --municipality <KOMMUN> --organisation <NAMN> --function <FUNKTION>
cli-records-no-own-organisation = Kopian har ingen egen organisation ännu, och en ny iakttagelse rapporteras av den. Lägg upp kopian först med lagesbild init --municipality <KOMMUN> --organisation <NAMN> --function <FUNKTION> (eller starta lagesbild och välj ”Börja tomt”), eller ange organisationen med --{ $flag }. Inget har ändrats.
