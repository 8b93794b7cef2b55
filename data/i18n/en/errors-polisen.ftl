# Errors with the police's events feed (sources/polisen): what was wrong, where, and what to do.

error-polisen-read-file = Could not read the file { $path } ({ $reason }). Check the path and that it is a saved answer from the police's events feed.
error-polisen-empty = The file is empty. Save the answer from the police's events feed (polisen.se/api/events) again and try again.
error-polisen-truncated = The file ends midway (line { $line }, column { $column }): it looks cut short. Save or fetch the answer from polisen.se again. Nothing was read in.
error-polisen-not-json = The file is not valid JSON: error on line { $line }, column { $column }. It is not an answer from the police's events feed, or it has been changed. Nothing was read in.
# $found: what the file is instead (error-polisen-kind-…)
error-polisen-not-a-list = The file does not have the feed's shape: it should be a list [ … ] of events but is { $found }. Nothing was read in.
# $event: error-polisen-event or error-polisen-event-with-id; $problem: one of the reasons below
error-polisen-shape = The file does not have the feed's shape: { $event }, field “{ $field }”: { $problem }. Nothing was read in.
error-polisen-shape-event = The file does not have the feed's shape: { $event }: { $problem }. Nothing was read in.
error-polisen-event = event no. { $number }
error-polisen-event-with-id = event no. { $number } (id { $id })
error-polisen-no-municipality = Give at least one municipality with --municipality NAME (for example --municipality Tyresö), or save the municipality's name in the settings.
error-polisen-cancelled = Fetching the police's events was stopped. Nothing was added.
error-polisen-no-network = Could not reach the police's events feed ({ $url }): { $detail }. Check the internet connection and try again, or save the answer in a web browser and read it in with lagesbild polisen import FILE.
error-polisen-http-status = The police's events feed ({ $url }) answered with error code { $status }. Try again in a while.
error-polisen-download = The answer from the police's events feed could not be read: { $detail }. Try again in a while.
error-polisen-rate-limited = The police ask that the feed is not fetched more often than every ten seconds and at most 60 times an hour. The next fetch can be made at { $next } (in { $wait_s } s).
error-polisen-already-promoted = Police event { $police_id } is already in the situation picture as observation { $observation }. Open that observation instead.
error-polisen-unknown-type = Police event { $police_id } has the type “{ $police_type }”, which matches none of our event types. Give the event type with --type NAME.
error-polisen-personal-data = Police event { $police_id }: { $warning } The summary becomes the observation's description. Check it and give --confirm to add it anyway.
error-polisen-no-such-event = There is no police event read in with id { $id }. Read in the feed first with lagesbild polisen import or fetch.
error-polisen-no-organisation = Say whose observation it is with --org NAME (or save your own organisation in the settings).

## What a field of the feed held instead of what was expected
error-polisen-kind-null = null
error-polisen-kind-bool = a true/false value
error-polisen-kind-number = a number
error-polisen-kind-text = a text
error-polisen-kind-list = a list
error-polisen-kind-object = an object

## What is wrong in an event
error-polisen-field-missing = the field is missing
error-polisen-not-text = should be a text but is { $found }
error-polisen-not-object = should be an object { "{" } … { "}" } but is { $found }
error-polisen-not-integer = should be a whole number but is { $found }
error-polisen-not-integer-number = should be a whole number but is { $number }
error-polisen-not-a-time = “{ $datetime }” is not a point in time of the form YYYY-MM-DD H:MM:SS +HH:MM
error-polisen-not-location = should be an object { "{" } name, gps { "}" }
error-polisen-no-place = “{ $name }” does not say where the event took place

## Why the feed could not be reached or read
error-polisen-detail-stopped = the fetch stopped unexpectedly
error-polisen-detail-too-large = the answer is larger than expected
error-polisen-detail-stopped-answering = the server stopped answering midway
error-polisen-detail-host-not-found = the address was not found
error-polisen-detail-connection-failed = the connection failed
error-polisen-detail-timeout = the server did not answer in time
error-polisen-detail-refused = the connection was refused
error-polisen-detail-reset = the connection was broken
error-polisen-detail-unreachable = the address could not be looked up or the network cannot be reached
# $detail: the network library's own words (English)
error-polisen-detail-other = { $detail }
