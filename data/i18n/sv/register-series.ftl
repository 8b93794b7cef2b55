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
