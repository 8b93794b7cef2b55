# The personal-data check (docs/personuppgifter.md): what is said when text that may hold
# personal data is stopped or must be confirmed.

## A bundle for a partner
pii-bundle-record = { $kind } { $id }, field { $field }: { $found }
pii-bundle-more = and { $count } more
pii-bundle-refused = The bundle was not written: text that may hold personal data never leaves the copy unconfirmed. { $records }. Rewrite the text so that it describes places and situations, or confirm in the program that it does not point out a person, then export again.

## Saving a form: one confirmation per field, naming what was found
pii-field-found = { $field }: { $found }
pii-form-warning = The text may hold personal data — { $fields }. Describe places and situations, not people.
pii-bundle-earlier-wording = in an earlier wording that stays in the change log and goes with the bundle even when the text was corrected or the record deleted; read it in the history (h) and confirm the record if it singles out nobody

## The review queue: an observation (also one from a partner's bundle) whose text is flagged
pii-review-flag = ⚠ May hold personal data: { $found }. Review the text before it goes into the situation picture.
