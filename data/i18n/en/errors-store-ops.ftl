# The database's refusals and errors on changes (store): what happened and what to do.
# $kind is the record's kind ("area"), $id its short id.

error-store-bad-op = Invalid change of { $kind } { $id }: { $reason }.
error-store-bad-value = Invalid value for { $kind } { $id }: { $reason }. Nothing was changed.
error-store-exists = { $kind } { $id } exists already and cannot be created again.
error-store-purge-not-an-edit = Purging is done with the purge command, not as an ordinary change.
error-store-create-own-id = A new record may not give its own id or its classification among its fields.
error-store-backup = The backup could not be saved. { $reason }
error-store-older-schema = The database { $path } has an older format that must be upgraded. Open it once with lagesbild (not read-only) and it is upgraded.
error-store-no-identity = This copy has no partner identity yet.
# $gender: "neuter" or "common" (Swedish grammar; English ignores it)
error-store-name-not-found = Found no { $gender ->
        [neuter] { $kind }
       *[common] { $kind }
    } called “{ $name }”. Check the spelling.
error-store-name-ambiguous = “{ $name }” fits several: { $names }. Write more of the name.
error-store-bad-stored-id = Invalid id in the database: { $id }. Run lagesbild check.
error-store-meeting-reference = “{ $reference }” is neither a date (2026-11-19), a week (2026-W47) nor an id. Give the meeting in one of those ways.
error-store-meeting-not-found = Found no meeting for “{ $reference }”. See lagesbild list meetings.
# $change: error-store-owned-delete/-undelete/-set; $advice: error-store-owned-ask/-shared
error-store-owned = { $kind } { $id } was created by another party, and only that party can { $change }. { $advice }
error-store-owned-delete = delete it
error-store-owned-undelete = restore it
error-store-owned-set = change the field “{ $field }”
error-store-owned-ask = Ask that party to make the change.
error-store-owned-shared = You can change { $fields } in it; ask the owner for the rest.
# $vocabulary: error-store-terms-…
error-store-unknown-term = field “{ $field }”: “{ $code }” is not among { $vocabulary } here
error-store-terms-organisation = the organisation types
error-store-terms-area = the area types
error-store-terms-place = the place types
# $reason: the database's own words about a stored value
error-store-unreadable = { $reason }
store-warning-intern-referred = { $kind } { $id } is now internal, and { $count ->
        [one] one other record refers
       *[other] { $count } other records refer
    } to it. { $count ->
        [one] It does
       *[other] They do
    } not leave this copy either: partners do not get { $count ->
        [one] it
       *[other] them
    } in coming bundles.
# "no area" ($gender is Swedish grammar; English ignores it)
entity-none = { $gender ->
        [neuter] no { $kind }
       *[common] no { $kind }
    }

## Why a value cannot be saved (store::codec)
error-store-reason-no-field = the field name is missing
error-store-reason-no-value = the value is missing
error-store-reason-no-choice = the chosen value is missing
error-store-reason-no-fields = a new record must have its fields
error-store-reason-unknown-classification = unknown classification
error-store-reason-required = the value is missing but required
error-store-reason-integer = a whole number was expected
error-store-reason-number = a number was expected
error-store-reason-text-list = a list of texts was expected
error-store-reason-text = a text was expected
error-store-reason-bool = true or false was expected
error-store-reason-list = a list was expected

## Field values (domain::validate)
error-value-required = the field “{ $field }” must have a value
error-value-field = field “{ $field }”: { $reason }
# $vocabulary: the vocabulary's name
error-value-not-in-vocabulary = { $value } is not a valid value for { $vocabulary } (valid: { $valid })
# $expects: what the field expects ("a date")
error-value-not-a = { $value } is not { $expects }
error-value-create-without-fields = a new record lacks its fields
error-value-unknown-field = unknown field “{ $field }”
error-value-resolve-without-ops = a conflict resolution must name the two changes it settles
error-value-delete-content = a deletion or restoration has unknown content
error-value-degrees = { $degrees } lies outside −{ $limit } to { $limit } degrees (WGS 84, for example 59.33)
error-value-text-too-long = the text is longer than the { $max } characters a field may hold
error-value-list-too-long = the list is longer than the { $max } items a field may hold

## A bundle the database does not take (store::import)
error-store-bundle-mismatch = the bundle's values and changes do not match
error-store-missing-references = the records refer to records missing here
error-store-divergent = operation { $op } exists here already with other content

## What a partner may not change (domain::rights, exchange::rules); $op: rights-op
rights-op = change no. { $seq } ({ $kind } { $id })
rights-not-the-senders = { $op } was made by another party than the sender
rights-intern = { $op } is classified internal and may not leave the sender
rights-purge = { $op } is a purge, which each party makes itself
rights-exists = { $op } creates a record that exists already
# $field: rights-field
rights-field-of-other = { $op } changes { $field } in a record another party owns, and the sender may not
rights-field = the field “{ $field }”
rights-delete-of-other = { $op } deletes or restores a record another party owns
rights-bad-value = { $op }: { $reason }

## Deleting a record others refer to (store::retire)
# $referrers: error-store-referrer, separated by semicolons; $advice: error-store-referenced-…
error-store-referenced = { $kind } { $id } cannot be deleted: { $count ->
        [one] { $count } record refers
       *[other] { $count } records refer
    } to it: { $referrers }. { $advice } Nothing was changed.
error-store-referrer = { $kind } “{ $name }” ({ $id }, field { $field })
error-store-and-more = and { $count } more
error-store-referenced-change-first = First delete or change what refers to it.
error-store-referenced-deactivate = Deactivate it instead (delete --deactivate): it then leaves the choices but remains in history and reports.
error-store-cannot-deactivate = A { $kind } cannot be deactivated, only deleted when nothing refers to it. Nothing was changed.

## Undo (store::undo); $label is the change's name
# Stored with the change: always Swedish in use
undo-label = Undone: { $label }
# $what: undo-what-…; $by: undo-by-…
undo-changed-later = Cannot undo “{ $label }”: { $what } was changed later by { $by }. Nothing was changed.
undo-what-field = the field “{ $field }” in { $kind } { $id }
undo-what-record = { $kind } { $id }
undo-by-this-copy = a later change in this copy
undo-by-partner = the partner { $name }
undo-by-other = another party ({ $id })
undo-no-earlier-value = Cannot undo “{ $label }”: the earlier value of the field “{ $field }” in { $kind } { $id } is no longer in the change log. Nothing was changed.
undo-purged = Cannot undo “{ $label }”: it purged { $kind } { $id }. A purge cannot be undone. Nothing was changed.
