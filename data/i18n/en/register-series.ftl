# Issue 12's last gaps: a meeting series' members, a meeting's series, and the words the
# attendance, the place projects' tab and the command line need for them.

field-meeting-series-member-ids = member organisations
field-meeting-series-id = meeting series
meeting-form-member-ids = Members
# After an organisation's name in the attendance: it is a member of the series.
meeting-attendance-member = {" "}· member
# Tab 6's key hint: an inspection or walk that belongs to no project.
places-key-new-inspection = new inspection outside a project
# A situation picture as a reference (pickers, details, list): by its period.
picture-name-week = Situation picture w. { $week } { $year }
picture-name-tertial = Situation picture { $year }-T{ $tertial }
picture-name-year = Situation picture { $year }
picture-name-period = Situation picture { $start }–{ $end }
# `lagesbild new` on a copy that is not set up: what to do first.
cli-records-none-yet = there is { $none } yet (looked for “{ $value }”). Add it first with lagesbild new { $kind }
cli-records-none-yet-terms = there is { $none } yet (looked for “{ $value }”): the copy is not set up with the shared terms. Set it up with lagesbild init --municipality <MUNICIPALITY> --organisation <NAME> --function <FUNCTION>
cli-records-no-own-organisation = The copy has no own organisation yet, and a new observation is reported by it. Set the copy up first with lagesbild init --municipality <MUNICIPALITY> --organisation <NAME> --function <FUNCTION> (or start lagesbild and choose “Start empty”), or name the organisation with --{ $flag }. Nothing was changed.
