# The check of the copy (store::check, lagesbild check): its steps, parts and findings.

## The steps, as "Checking …" goes on
check-step-references = references
check-step-op-chains = the change log's chains
check-step-tables = the tables against the change log
check-step-audit = the audit log
check-step-search = the search index
check-step-values = stored values
check-step-integrity = SQLite's integrity check

## The parts of the result
check-item-integrity = integrity
check-item-references = references
check-item-op-log = change log
check-item-audit = audit log
check-item-tables = tables vs log
check-item-search = search index
check-item-values = values

check-integrity-ok = SQLite integrity_check: ok
# $detail: SQLite's own words
check-integrity-bad = { $detail }
check-references-ok = Every reference points to an existing record.
check-references-broken = { $count ->
        [one] One broken reference
       *[other] { $count } broken references
    }, for example in { $table } row { $row } to { $target }.
check-audit-ok = The audit log's chain is unbroken.
check-audit-broken = The audit log is changed or broken at row { $row }.
check-op-log-ok = { $count ->
        [one] One operation
       *[other] { $count } operations
    } from { $origins ->
        [one] one party
       *[other] { $origins } parties
    }, all chains unbroken.
# $reason: the parser's own words
check-op-unreadable = An operation cannot be read: { $reason }.
check-op-gap = The operations from { $origin } lack number { $missing } (the next is { $next }).
check-op-hash = Operation { $op } from { $origin } (number { $seq }) does not match its checksum: the log has been changed.
check-tables-ok = Every table matches the change log.
check-tables-rows = { $kind } ({ $count ->
        [one] one row
       *[other] { $count } rows
    })
check-tables-differ = The tables do not match the change log (changed outside lagesbild?): { $differences }.
check-search-ok = The search index covers all { $count } record types with free text.
check-search-queued = { $count ->
        [one] One search entry is
       *[other] { $count } search entries are
    } left in the queue (has the database been changed outside lagesbild?); searches miss { $count ->
        [one] it
       *[other] them
    } until the next change in lagesbild writes { $count ->
        [one] it
       *[other] them
    } in.
check-search-difference = { $kind } ({ $live ->
        [one] one record
       *[other] { $live } records
    }, { $found } in the search index)
check-search-differs = The search index does not match the records: { $differences }. Searches may miss records; the tables themselves are unaffected.
check-values-ok = Every stored value is valid.
check-values-bad = { $count ->
        [one] One stored value cannot
       *[other] { $count } stored values cannot
    } be read, for example { $examples }. Correct { $count ->
        [one] it
       *[other] them
    } in lagesbild (or restore a backup); lists and reports that show { $count ->
        [one] it
       *[other] them
    } may fail otherwise.
# An example of a bad value: the record's kind and id, and what is wrong
check-bad-value = { $kind } { $id }, { $problem }

## The answer to the program's check (services::check)
check-done-ok = The check of the copy is done: everything matches ({ $count } parts checked).
# $failed: "part: what was found", separated by semicolons
check-done-failed = The check found errors – { $failed }. Restore from the latest backup (lagesbild-*.db beside the database) or contact whoever looks after lagesbild.
