# The record commands (lagesbild new, edit, delete, list): messages and errors.
# $kind is the record's kind ("area"); $none is "no area" (entity-none).

cli-messages-intern-notice = The record is internal: it never leaves this copy (not in bundles to partners, not in exports).
# A field's label, as the form shows it
cli-messages-label = { $label }
# "A new area" ($gender is Swedish grammar; English ignores it)
cli-messages-a-new = { $gender ->
        [neuter] A new
       *[common] A new
    } { $kind }
cli-messages-personal-data = The text in the field “{ $label }” (--{ $flag }) looks as if it contains personal data: { $warning } Rewrite the text without it, or confirm with --confirm-personal-data that it is to be saved as it is. Nothing was changed.
# $word: the record type's word on the command line
cli-messages-no-such-flag = --{ $flag }: a { $kind } has no such field. See lagesbild new { $word } --help. Nothing was changed.
# $expects: expects-integer or expects-number
cli-messages-not-a = “{ $value }” is not { $expects }
cli-messages-not-yes-no = “{ $value }” is neither yes nor no
cli-messages-unknown-code = “{ $value }” is not a valid code (valid: { $valid })
cli-messages-unknown-term = “{ $value }” is not in { $vocabulary } (valid: { $valid })
cli-messages-no-such-record = there is { $none } called or with the id “{ $value }”
cli-messages-no-such-record-but = there is { $none } called or with the id “{ $value }” (there are: { $candidates })
cli-messages-ambiguous-name = several records of the type { $kind } are called “{ $value }”: { $candidates }; give the id instead
cli-messages-unknown-kind = “{ $word }” is not a record type. Record types: { $kinds }.
cli-messages-not-an-id = “{ $word }” is not an id. Give at least the first 8 characters of an id as lagesbild list shows it.
cli-messages-no-record-with = There is no record whose id begins with “{ $word }”. See lagesbild list <type>.
cli-messages-ambiguous-id = “{ $word }” is the beginning of several ids: { $candidates }. Give more characters.
cli-messages-deleted-already = { $kind } { $id } is deleted already.
# "New area saved"
cli-messages-created = { $gender ->
        [neuter] New
       *[common] New
    } { $kind } saved: { $id }
cli-messages-edited = { $count ->
        [0] Nothing changed in { $kind } { $id }: the values were already so.
        [one] 1 field changed in { $kind } { $id }.
       *[other] { $count } fields changed in { $kind } { $id }.
    }
cli-messages-nothing-to-edit = Give at least one field to change, e.g. --name NEW_NAME. See lagesbild edit --help.
cli-messages-deleted = { $kind } { $id } is deleted (lagesbild history { $id } shows it).
cli-messages-edit-deleted = { $kind } { $id } is deleted and is not edited (lagesbild history { $id } shows it). Nothing was changed.
cli-messages-deactivated = { $kind } { $id } is deactivated: it is no longer among the choices, but remains in history and reports.
cli-messages-list-empty = There is { $none } yet.
# A reason worded already, in the run's language, by a parser the TUI shares (the position field)
cli-messages-reason = { $reason }

## clap's errors (cli::clap_sv); $arg is the flag or the argument
cli-clap-did-you-mean = { " " }Did you mean { $suggestion }?
cli-clap-no-command = Give a command.
cli-clap-unknown-argument = Unknown flag or argument: { $arg }.{ $suggestion }
cli-clap-unknown-command = Unknown command: { $arg }.{ $suggestion }
cli-clap-valid-values = { " " }Valid values: { $values }.
cli-clap-needs-value = { $arg } needs a value.{ $valid }
cli-clap-bad-value = The value “{ $value }” cannot be used for { $arg }.{ $valid }
cli-clap-reason = : { $reason }
cli-clap-invalid-value = The value “{ $value }” cannot be used for { $arg }{ $reason }.
cli-clap-missing = Missing: { $arg }.
cli-clap-conflict = { $arg } cannot be used together with { $other }.
cli-clap-wrong-count = Wrong number of values for { $arg }.
cli-clap-not-utf8 = The command line holds characters that cannot be read (not UTF-8).
cli-clap-unreadable = The command line cannot be understood.
cli-lang-invalid = give sv or en

## Output
cli-output-failed = Could not write the output: { $reason }
# $reason: serde_json's own words
cli-json-failed = Could not write JSON: { $reason }
cli-unknown-format = unknown format “{ $format }”
