# The Exchange screen (issue 11): this copy's identity, the trusted partners, the conflicts.

## Key bar
exchange-key-keep = keep
exchange-key-take = take other
exchange-key-all = all
exchange-key-partners = partners
exchange-key-init = create identity
exchange-key-import = import
exchange-key-export = export
exchange-key-conflicts = conflicts
exchange-key-check = check

## Overview
exchange-title = Exchange with partners
exchange-loading = Loading …
exchange-no-identity = ⚠ This copy has no partner identity yet.
exchange-no-identity-press = Press { $key } and enter the organisation's name, or run in a terminal:
exchange-no-identity-command = lagesbild partner init --name "The organisation's name"
exchange-no-identity-then = Then give the key (lagesbild partner show-key) to the partners and read the fingerprint aloud.
exchange-this-copy = This copy
exchange-own-name = Name: { $name }
exchange-own-partner-id = Partner id: { $id }
exchange-own-fingerprint = Fingerprint (read aloud):
exchange-open-conflicts = ⚠ { $count ->
    [one] { $count } open conflict
   *[other] { $count } open conflicts
} – { $key } shows them and lets you choose the value.
exchange-no-open-conflicts = ✓ No open conflicts.
exchange-import-export-hint = { $import } imports a bundle · { $export } exports a bundle to the selected partner
exchange-status-error = Error: { $text }
exchange-status-last = Last: { $text }

## Partners
exchange-trusted = Trusted partners ({ $count })
exchange-no-partners = None yet. Add one with lagesbild partner trust NAME KEY.
exchange-column-partner = Partner
exchange-column-fingerprint = Fingerprint
exchange-column-last-received = Last received
exchange-column-last-sent = Last sent
exchange-column-received = Received
exchange-column-sent = Sent
# "2026-11-19 14:02 (120 changes)": when a bundle came or went, and how many changes it held.
exchange-bundle-cell = { $when } ({ $count } chg.)
exchange-revoked = ✗ revoked

## Conflicts
exchange-conflicts-title = Conflicts · { $at } of { $total }
exchange-conflicts-title-all = Conflicts (resolved too) · { $at } of { $total }
exchange-no-conflicts = No conflicts.
exchange-no-open-conflicts-all = ✓ No open conflicts. { $key } shows resolved ones too.
exchange-conflict-open = ⚠ open
exchange-conflict-resolved = ✓ resolved
exchange-conflict-delete-race = deleted or changed
exchange-conflict-field = field { $field }
exchange-current-value = Current value ({ $key } keeps it)
exchange-other-value = The other value ({ $key } takes it)
exchange-side-partner = Partner: { $value }
exchange-side-actor = By: { $value }
exchange-side-time = Time: { $value } UTC
exchange-side-value = Value: { $value }

## Messages and forms
exchange-import-question = { $text } Import the bundle?
exchange-file-exists = The file { $file } already exists. Replace it with the new bundle?
exchange-identity-exists = This copy already has an identity. It is shown at the top.
exchange-no-identity-short = This copy has no partner identity yet. Press { $key } and enter the organisation's name.
exchange-show-conflicts-first = Show the conflicts first with { $conflicts }, pick one and press { $keep } or { $take }.
exchange-conflict-already-resolved = This conflict is already resolved.
exchange-no-conflict = There is no conflict to resolve.
exchange-form-identity = Partner identity of this copy
exchange-field-organisation-name = The organisation's name
exchange-field-file = File
exchange-form-import = Import a bundle from a partner
exchange-form-export = Export a bundle to { $partner }
exchange-no-trusted-partner = There is no trusted partner. Add one with lagesbild partner trust NAME KEY.
exchange-partner-revoked = { $partner } is no longer trusted. Choose another partner with ↑↓.
exchange-writing-bundle = Writing the bundle …
exchange-importing = Importing …
