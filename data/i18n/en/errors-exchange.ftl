# Exchange between partners: why a bundle was refused, key and partner errors, and what an
# import or export tells. Change numbers and versions are passed as text (never grouped).

## A refused bundle ($reason is one of the texts below)
error-bundle-rejected = The bundle was not accepted: { $reason }. Nothing in the database has changed.
error-cancelled = Cancelled. Nothing was changed.
error-bundle-unpack = the content cannot be unpacked: the file is damaged or cut short
error-bundle-unpacked-too-large = unpacked, the content is larger than the { $limit } MB a bundle may be
error-bundle-no-header = the file is not a lagesbild exchange bundle (its header is missing or damaged)
error-bundle-newer-container-by = the bundle was written by lagesbild { $version } in a newer format (exchange format { $newer }; this version reads up to { $supported }). Install lagesbild { $version } or later and import the bundle again
error-bundle-newer-container = the bundle was written by a newer version of lagesbild (exchange format { $newer }; this version reads up to { $supported }). Install the latest version and import the bundle again
error-bundle-bad-signature = the signature does not match: the bundle was changed after it was written, or was not written with the key it names
error-bundle-too-deep = the content is nested too deeply
error-bundle-unreadable = the content cannot be read ({ $reason })
error-bundle-not-a-bundle = the file is not a lagesbild exchange bundle
error-bundle-newer-format = the bundle was made by a newer version of lagesbild (format { $format }; this version reads up to { $supported }). Update lagesbild and import again
error-bundle-bad-format = the content does not follow the format ({ $reason })
error-bundle-name-too-long = a name in the bundle is unreasonably long
error-bundle-op-too-large = change no. { $seq } is unreasonably large
error-bundle-bad-key = the bundle names a key of the wrong form
error-bundle-unknown-key = the bundle is signed with a key that is not on your list of trusted partners (fingerprint { $fingerprint }). Check the key with the sender by phone and add it with lagesbild partner trust
error-bundle-revoked-key = the key the bundle is signed with ({ $partner }) has been revoked since { $since }
error-bundle-other-sender = the bundle names another sender than the one who signed it ({ $partner })
error-bundle-other-recipient = the bundle is addressed to { $recipient }, not to this copy
error-bundle-bad-seqs = the bundle's change numbers are unreasonable
error-bundle-too-many-ops = the bundle has { $count } changes, more than the { $limit } a bundle may have. Ask { $sender } to contact the administrator of lagesbild
error-bundle-foreign-op = change no. { $seq } was made by another party than the sender; a bundle may only hold the sender's own changes
error-bundle-clock-far-ahead = change no. { $seq } has an unreasonable time ({ $date }), more than a week ahead of your clock; the clock at { $sender } is wrong. Ask { $sender } to correct the computer's clock and export a new bundle
error-bundle-clock-unknown-time = change no. { $seq } has an unreasonable time (unknown time), more than a week ahead of your clock; the clock at { $sender } is wrong. Ask { $sender } to correct the computer's clock and export a new bundle
error-bundle-bad-checksum = change no. { $seq } does not match its checksum
error-bundle-chain-gaps = the bundle's chain of changes has gaps or duplicates
error-bundle-chain-broken = the bundle's chain of checksums is broken
# $count: how many changes are missing; $seqs: their numbers ("5" or "5–7")
error-bundle-missing-before = { $count ->
        [one] change
       *[other] changes
    } no. { $seqs } from { $sender } { $count ->
        [one] is
       *[other] are
    } missing: an earlier bundle has not been imported here. Import that bundle first, or ask { $sender } to export a new bundle to you (it carries everything you have not confirmed)
error-bundle-chain-mismatch = the bundle's chain does not continue what you received from { $sender } before
error-bundle-file-too-large = the file is { $size } MB, larger than the { $limit } MB a bundle may be
error-bundle-too-large = the file is larger than a bundle may be
error-bundle-forged-id = another bundle with the same id ({ $id }) has already been imported; this one is forged or an error at { $sender }
# A reason the store gives in its own words (store::import::ImportError, not yet in the catalogue)
error-bundle-store-reason = { $reason }
error-bundle-op-not-applicable = a change cannot be applied: { $reason }
error-bundle-dangling = { $reason }; { $sender } refers to records that are neither here nor in the bundle. Ask { $sender } to contact the administrator of lagesbild
error-bundle-import-first = { $reason }. First import the latest bundle from { $partners } (which { $sender } has already received), then import this one again

## Keys
error-key-lost-advice = Put the key file back from the backup, or make a new key with lagesbild partner new-key and send the new key to the partners (they run lagesbild partner trust with it).
error-key-bad-form = The key has the wrong form. It should look like lagesbild-nyckel:<id>:<64 characters> – copy the whole line the partner got from lagesbild partner show-key.
error-key-weak = That is not a usable key: it is a weak point for which anyone can forge signatures. Ask the partner to send the line from lagesbild partner show-key again.
error-key-no-randomness = Could not make a random key ({ $reason }). Try again.
error-key-exists = This copy already has a key ({ $path }). Do not remove it: the partners trust it.
error-key-missing = Cannot find a key for this copy ({ $path }). { error-key-lost-advice }
error-key-damaged = The key file { $path } is damaged. Restore it from the backup; otherwise the partners must trust a new key.

## Partners
error-partner-name-empty = Give the organisation's name, for example { $example }.
error-partner-name-too-long = The name may be at most { $max } characters long, on one line. Give a shorter name, for example { $example }.
error-partner-has-identity = This copy already has an identity: { $name }. Show the key with lagesbild partner show-key.
error-partner-foreign-key-file = There is already a key file { $path } that this copy did not make, and lagesbild does not take over a key that someone else may hold a copy of. Move the file away and run partner init again. (Restoring a copy from the backup: put the database and the key back together.)
error-partner-no-identity = This copy has no partner identity yet. Run lagesbild partner init --name "Name of the organisation".
error-partner-key-file-exists = The key file { $path } already exists; the partners trust it. A new key is made only when the old one is lost.
error-partner-key-file-mismatch = The key file { $path } does not belong to this database. Put the right key file back from the backup.
error-partner-revoked = The key was revoked { $since } (for { $name }). Should it count again, for example after a mistake, add --retrust. If the key has fallen into the wrong hands: ask the partner to make a new one.
error-partner-revoked-earlier = The key was revoked earlier (for { $name }). Should it count again, for example after a mistake, add --retrust. If the key has fallen into the wrong hands: ask the partner to make a new one.
error-partner-own-key = That is this copy's own key. Give the key the partner got from lagesbild partner show-key.
error-partner-name-taken = The name “{ $name }” is already used for another partner. Choose another name, or remove the old one with lagesbild partner untrust.
error-partner-known-as = The key belongs to a partner already on the list as “{ $name }”. Use that name.
error-partner-not-saved = The partner could not be saved. Try again.
error-partner-unknown-untrust = There is no trusted partner called “{ $name }”. See the list with lagesbild partner list.
error-partner-unknown = There is no trusted partner called “{ $name }”. Add it with lagesbild partner trust NAME KEY, or see the list with lagesbild partner list.

## Conflicts
error-conflict-gone = The conflict does not exist or is already settled. Refresh the list.
error-conflict-owner-restores = Only { $owner }, who owns the record, can restore it. Choose to keep the deletion (--keep), or ask { $owner } to restore the record.
error-conflict-the-owner = the owner
exchange-conflict-this-copy = this copy
exchange-conflict-deleted = deleted

## What an import or export tells
exchange-import-counts = { $new } new, { $already } already imported, { $conflicts ->
        [one] 1 conflict
       *[other] { $conflicts } conflicts
    }
exchange-import-parked = , { $count } waiting for records that have not arrived yet
exchange-import-refused = , { $count ->
        [one] 1 change received earlier refused
       *[other] { $count } changes received earlier refused
    } (see the audit log)
exchange-import-preview = Bundle from { $sender } (written { $written }): { $counts }. Nothing has been imported yet.
exchange-import-done = Imported from { $sender }: { $counts }.
exchange-import-again = The bundle from { $sender } was already imported { $at }.
exchange-import-clock-ahead = Warning: the clock at { $sender } runs { $hours } hours ahead of yours. The changes are still put in the right order, but ask them to check the computer's clock.
exchange-import-waiting = { $count ->
        [one] 1 change
       *[other] { $count } changes
    } from { $partner } { $count ->
        [one] has
       *[other] have
    } waited since { $since } for records that have not arrived here. { $count ->
        [one] It does
       *[other] They do
    } not affect anything here. The records are probably internal at { $partner } or were deleted before they were sent: ask { $partner } if you need them; otherwise the changes can be left as they are.
exchange-export-nothing-new = Bundle to { $partner } saved in { $file }: no new changes (it only confirms what you have received).
# $seqs: the changes' numbers ("5" or "5–7"); $withheld: internal changes that were not sent
exchange-export-saved = Bundle to { $partner } saved in { $file }: { $count ->
        [one] 1 change
       *[other] { $count } changes
    } (no. { $seqs }), { $withheld } internal withheld.

