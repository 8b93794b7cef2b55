# The domain's messages: the personal-data check, field values, weeks and dates, rights.

## The personal-data check's warning
# $list: what was found (pii-found-item, separated by commas)
pii-warning = The text may contain personal data: { $list }. Describe places and situations, not people.
pii-found-item = { $kind } (“{ $excerpt }”)
pii-found-more = { " " }and { $count } more
pii-kind-personnummer = personal identity number
pii-kind-plate = registration plate
pii-kind-phone = phone number
pii-kind-email = e-mail address
pii-kind-name = name

## Weeks, dates and times that cannot be read (domain::week)
error-time-week = “{ $text }” is not a week. Write for example 2026-W47 or 47.
error-time-week-out-of-range = Week { $week } does not exist in { $year } (the year has { $max } weeks).
error-time-date = “{ $text }” is not a date. Write dates as YYYY-MM-DD, for example 2026-11-19.
error-time-time = “{ $text }” is not a time. Write for example 9, 9.00, 09:00 or 0900.
error-time-time-or-period = “{ $text }” is neither a time nor a part of the day. Write for example 21.30, or morning, day, evening or night.

## An action's status (domain::action); without a final full stop, the sentence around sets it
# $hint: error-action-decide-first, error-action-propose-again or error-action-no-hint
error-action-status-change = The status cannot change from “{ $from }” to “{ $to }”{ $hint }
error-action-decide-first = . Decide on or start the action first
error-action-propose-again = . Propose the action again first
error-action-no-hint = { "" }

## Other values that cannot be read
error-period = “{ $text }” is not a period. Write a year (2026), a four-month period (2026-T3), a quarter (2026-Q4), a month (2026-11) or a week (2026-W47).
error-vocab-unknown-value = “{ $value }” is not a valid value for { $vocabulary }. Valid values: { $valid }.
error-position = “{ $value }” is not a position: write latitude and longitude with a comma between, e.g. 59.2391, 18.2297
error-digest-length = wrong length of checksum
# Stored as who made the change when there is no name: always Swedish in use
store-unknown-actor = unknown
# A police type none of our event types matches
police-type-unknown = unknown type: { $police_type }
