# The personal-data check, part 2 (issue 16): purging a deleted record, and the flag on list
# rows.

## lagesbild gallra <id>
purge-done = { $kind } { $id } is purged: the text of { $count ->
    [one] one change
   *[other] { $count } changes
} is emptied in this copy, and bundles to partners go without it. Backup made before the purge: { $backup } (it still holds the text; delete it when it is no longer needed).
purge-not-deleted = { $kind } { $id } is not deleted. Only a deleted record can be purged: delete it first (lagesbild delete { $full_id }). Nothing was changed.
purge-already = { $kind } { $id } is already purged. Nothing was changed.
purge-no-undelete = { $kind } { $id } is purged and cannot be restored: its text is no longer in the copy. Create a new record if needed. Nothing was changed.
purge-undo-label = change to a purged record ({ $kind })

## A bundle for a partner: the way out for a deleted record
pii-bundle-purge-hint = Deleted records ({ $ids }) cannot be confirmed without sending the text: purge them instead with lagesbild gallra <id> (the text is emptied in the copy, a backup is made first), then export again.

## Help for lagesbild gallra
cli-gallra-about = Purge a deleted record: empty its text in this copy for good (backup first)
cli-gallra-arg-id = The record's id (or its beginning, as in lagesbild list)
purge-referred = { $kind } { $id } cannot be purged: { $count ->
    [one] one record
   *[other] { $count } records
} still refer to it: { $referrers }. Remove the reference first (or delete those records), or they would point to a record whose text is gone. Nothing was changed.

## The flag on list rows
pii-list-mark = §
pii-filter-only = only possible personal data (§)

## Purging in Lägesbild (the view of deleted observations)
deleted-view-filter = deleted
purge-ask = Purge the deleted observation { $id } (”{ $excerpt }”)? Its text is emptied in this copy for good and cannot be restored or undone. The op log keeps that the observation existed, was deleted and was purged, but not what it said. A backup (with the text) is made first.
purge-only-deleted = Only a deleted observation can be purged. Show the deleted ones with { $key } and pick it there.
deleted-view-read-only = A deleted observation cannot be changed. Back to the live ones with { $key }.
