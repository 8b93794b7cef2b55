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
