# The services both front ends use (services): setting up a copy, the police's feed, meetings.

setup-no-organisation = Give your organisation's name (--organisation).
setup-no-function = Give your function, e.g. community safety coordinator (--function). Write the function, not your name.
setup-already = This database is already set up for { $municipality }. To start over, give a new database with --db NEW_FILE.
# Stored with the change in the undo log: always Swedish in use
setup-label = New copy for { $municipality }
setup-done = { $municipality } ({ $code }, { $county }) is set up with { $organisation } as its own organisation. Terms loaded: { $event_types } event types, { $themes } themes, { $factors } risk and protective factors, { $terms } organisation, area and place types.
setup-next = Now add areas, places and parties, e.g. lagesbild new area --name … --kind kommundel.
error-municipality-not-found = Found no municipality called or with the code “{ $query }”. Write the municipality's name (e.g. Tyresö) or its four-digit code (e.g. 0138).
error-municipality-ambiguous = “{ $query }” may be several municipalities: { $candidates }. Write more of the name or the municipality code.
# $municipalities: the municipalities' names
polisen-fetched-own = The police's events fetched: { $kept } of { $in_feed } concern { $municipalities }. New: { $created }, changed: { $updated }, unchanged: { $unchanged }.
# Stored with the change in the undo log: always Swedish in use
meeting-closed-label = The meeting of { $date } is closed and the situation picture for { $week } is established.
