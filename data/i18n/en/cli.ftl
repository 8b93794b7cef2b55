# The command line: messages and help texts.

## lagesbild demo
demo-loaded = Demo data for { $municipality } is loaded: week { $first_week } { $first_year } to week { $last_week } { $last_year } ({ $counts }).
demo-generating = Creating { $years ->
    [one] one year
   *[other] { $years } years
} of synthetic weekly data – this takes a while …
demo-written = { $ops ->
    [one] { $ops } change
   *[other] { $ops } changes
} written to { $path } in { $seconds } s. Open the program with lagesbild.

## Help (clap)
cli-help-hint = Run lagesbild --help for help.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-value-command = COMMAND

## Help texts: cli-<command>-about, cli-<command>-arg-<argument>
cli-about = Joint situation picture for the municipality's crime prevention collaboration.
cli-long-about = Joint situation picture for the municipality's crime prevention collaboration: the weekly meeting, the action plan, the agreement with the police and the preventive work.
    
    Without a command the program opens in the terminal.
cli-arg-db = The database file (else LAGESBILD_DB, the settings file or the default place)
cli-arg-lang = Language: sv or en
cli-arg-help = Show help
cli-arg-version = Show the version
cli-demo-about = Load demo data (a made-up municipality) to try the program
cli-demo-arg-years = Instead create N years of synthetic weekly data in realistic volume (to try it at scale)
cli-check-about = Check the database: integrity, references and the change logs' chains
cli-check-arg-json = Write the result as JSON
cli-stats-about = Number of records per type
cli-stats-arg-json = Write the result as JSON
cli-list-about = List observations, actions, meetings, priorities or preventive measures
cli-list-arg-what = What to list
cli-list-arg-week = Week, e.g. 2026-W47
cli-list-arg-area = Area (with sub-areas), e.g. Lindängsringen
cli-list-arg-status = Status (observations: review status; actions: the action's status)
cli-list-arg-owner = Responsible organisation (for observations: reporting organisation)
cli-list-arg-overdue = Only overdue actions
cli-list-arg-event-type = Event type (observations)
cli-list-arg-text = Search the text
cli-list-arg-limit = At most this many rows (0 = all)
cli-list-arg-json = Write the result as JSON
cli-history-about = Show every change of a record: when, who, field, old → new
cli-history-arg-id = The record's id (as the lists show it)
cli-history-arg-json = Write the result as JSON
cli-partner-about = This copy's partner identity and the list of trusted partners
cli-partner-init-about = Create this copy's partner identity and signing key (once per copy)
cli-partner-init-arg-name = The organisation's name, for example "Tyresö kommun"
cli-partner-show-key-about = Show this copy's public key (send it to the partners) and its fingerprint (read it out by phone)
cli-partner-new-key-about = Create a new signing key when the key file is lost (and is in no backup). The partners must then trust the new key with partner trust
cli-partner-trust-about = Trust a partner's key: bundles signed with it can be imported
cli-partner-trust-arg-name = The partner's name, for example "Lokalpolisområde Nacka"
cli-partner-trust-arg-key = The key the partner got from lagesbild partner show-key
cli-partner-trust-arg-retrust = Trust again a key that was revoked
cli-partner-untrust-about = Stop trusting a partner. What was already imported stays and can be traced
cli-partner-untrust-arg-name = The partner's name
cli-partner-list-about = List trusted (and revoked) partners with the latest bundle each way
cli-partner-list-arg-json = Write the result as JSON
cli-export-about = Write a signed exchange bundle to a partner
cli-export-arg-to = The recipient: a trusted partner's name (see lagesbild partner list)
cli-export-arg-output = The file the bundle is written to
cli-export-arg-overwrite = Overwrite the file if it exists
cli-import-about = Import an exchange bundle from a partner (look first with --dry-run)
cli-import-arg-file = The bundle file from the partner
cli-import-arg-dry-run = Only show what the bundle would change; change nothing
cli-conflicts-about = Show and resolve conflicts between the partners' changes
cli-conflicts-arg-all = Show resolved conflicts too
cli-conflicts-arg-json = Write the result as JSON
cli-conflicts-resolve-about = Resolve a conflict: keep the value that holds now, or take the other
cli-conflicts-resolve-arg-id = The conflict's id (the first characters are enough)
cli-conflicts-resolve-arg-keep = Keep the value that holds now (for a deletion: leave the record deleted)
cli-conflicts-resolve-arg-take-other = Take the other value (for a deletion: restore the record with the change)
cli-minutes-about = Write the minutes of a meeting (Word, HTML or Markdown)
cli-minutes-arg-meeting = The meeting: a date (2026-11-19), a week (2026-W47) or an id
cli-minutes-arg-format = Format: docx, html or md
cli-minutes-arg-title = Title: "Notes of meeting" (default), "Meeting notes" or Minutes
cli-minutes-arg-output = The file to write (else a default name in the current folder)
cli-minutes-arg-include-internal = Include records classified internal (every page then says so)
cli-minutes-arg-overwrite = Overwrite the file if it exists
cli-report-about = Write reports: the action plan, the calendar, the agreement follow-up, the year summary
cli-report-plan-about = The action plan for follow-up (Excel, CSV, Markdown, HTML or Word)
cli-report-plan-arg-plan = The plan: the start of its title or its id (else the latest plan)
cli-report-plan-arg-format = Format: xlsx, csv, md, html or docx
cli-report-plan-arg-output = The file to write (else a default name in the current folder)
cli-report-plan-arg-include-internal = Include records classified internal (every page then says so)
cli-report-plan-arg-overwrite = Overwrite the file if it exists
cli-report-calendar-about = The next meeting and the coming due dates of open actions as a calendar file (ICS) for Outlook
cli-report-calendar-arg-output = The file to write (else a default name in the current folder)
cli-report-calendar-arg-include-internal = Include records classified internal (every page then says so)
cli-report-calendar-arg-overwrite = Overwrite the file if it exists
cli-report-agreement-about = Follow-up of the collaboration agreement with the police and the citizen promises
cli-report-agreement-arg-agreement = The agreement: the start of its title or its id (else the latest)
cli-report-agreement-arg-format = Format: docx, html or md
cli-report-agreement-arg-output = The file to write (else a default name in the current folder)
cli-report-agreement-arg-include-internal = Include records classified internal (every page then says so)
cli-report-agreement-arg-overwrite = Overwrite the file if it exists
cli-report-year-about = Year summary: the crime prevention appendix to the annual report
cli-report-year-arg-year = The year, for example 2026
cli-report-year-arg-format = Format: docx, html or md
cli-report-year-arg-output = The file to write (else a default name in the current folder)
cli-report-year-arg-include-internal = Include records classified internal (every page then says so)
cli-report-year-arg-overwrite = Overwrite the file if it exists
cli-polisen-about = The police's open events feed: import, fetch, list and bring into the situation picture
cli-polisen-import-about = Import a saved response from the police events feed (polisen.se/api/events)
cli-polisen-import-arg-file = The file with the feed's response (JSON)
cli-polisen-import-arg-prova = Only show what would be imported, saving nothing
cli-polisen-import-arg-kommun = Municipality whose events to save, e.g. Tyresö (may be given several times; else the municipality in the settings)
cli-polisen-import-arg-json = Write the result as JSON
cli-polisen-fetch-about = Fetch the police events feed directly (at most every ten seconds, 60 times an hour)
cli-polisen-fetch-arg-kommun = Municipality whose events to save, e.g. Tyresö (may be given several times; else the municipality in the settings)
cli-polisen-fetch-arg-json = Write the result as JSON
cli-polisen-list-about = Show a week's police events for the municipality
cli-polisen-list-arg-week = Week, e.g. 47 or 2026-W47 (else the current week)
cli-polisen-list-arg-kommun = Municipality (may be given several times; else the municipality in the settings, else all)
cli-polisen-list-arg-json = Write the result as JSON
cli-polisen-promote-about = Bring a police event into the situation picture as an observation at a place or in an area
cli-polisen-promote-arg-police-id = The police's id of the event (the Polis-id column of lagesbild polisen list)
cli-polisen-promote-arg-place = The place where it happened, e.g. Lindängstorget
cli-polisen-promote-arg-area = The area, when no place fits
cli-polisen-promote-arg-org = The organisation recording the observation (else the own organisation)
cli-polisen-promote-arg-event-type = Event type, when the police's type has no match or is to be replaced
cli-polisen-promote-arg-bekrafta = Bring in the summary despite a warning of possible personal data
cli-polisen-types-about = Re-map saved police events to event types after changed police types (aliases)

## Value names in the help
cli-value-fil = FILE
cli-value-namn = NAME
cli-value-sokvag = PATH
cli-value-sprak = LANGUAGE
cli-value-n = N
cli-value-id = ID
cli-value-mote = MEETING
cli-value-nyckel = KEY
cli-value-ord = WORDS
cli-value-org = ORG
cli-value-partner = PARTNER
cli-value-plan = PLAN
cli-value-polis-id = POLICE-ID
cli-value-rubrik = TITLE
cli-value-status = STATUS
cli-value-typ = TYPE
cli-value-vad = WHAT
cli-value-vecka = WEEK
cli-value-ar = YEAR
cli-value-overenskommelse = AGREEMENT
cli-value-format = FORMAT

## Messages of the commands
cli-wrote = Wrote { $path }.
cli-format-refused = { $document } cannot be written as { $format }. Choose --format { $valid }.
cli-document-minutes = The minutes
cli-document-plan = The action plan
cli-document-agreement = The agreement follow-up
cli-document-year = The year summary
cli-stats-column-kind = Record type
cli-stats-column-count = Count
cli-stats-column-deleted = Deleted
cli-stats-empty = The database is empty. Load demo data with lagesbild demo.
cli-stats-logs = Change log: { $ops ->
    [one] { $ops } operation
   *[other] { $ops } operations
} from { $origins ->
    [one] { $origins } partner
   *[other] { $origins } partners
}. Audit log: { $audit ->
    [one] { $audit } entry
   *[other] { $audit } entries
}. Open conflicts: { $conflicts }.
cli-check-of = Check of { $path }
cli-check-ok = Everything is in order.
cli-check-failed = The check found errors. Restore from the latest backup (lagesbild-*.db beside the database) or contact whoever maintains lagesbild.
cli-check-step = Checking { $step } …

## lagesbild list
cli-list-filter-refused = The filter { $flag } does not apply to { $what }. See lagesbild list --help.
cli-list-observations = observations
cli-list-actions = actions
cli-list-meetings = meetings
cli-list-priorities = priorities
cli-list-measures = preventive measures
cli-list-shown-of = Showing { $shown } of { $total }. Use --limit 0 for all, or filter.
cli-list-total = { $total } in all.
cli-list-column-type = Type
cli-list-column-level = Level
cli-list-column-area-place = Area/place
cli-list-column-meeting = Meeting
cli-list-column-present = Orgs present
cli-list-column-decided = Actions decided
cli-list-column-priority = Priority
cli-list-column-activities = Activities (done)
cli-list-column-agreement = Agreement
cli-list-column-measure = Measure
cli-list-column-themes = Themes
cli-list-overdue = OVERDUE ({ $status })
cli-list-no-observations = No observations match.
cli-list-no-actions = No actions match.
cli-list-no-meetings = No meetings match.
cli-list-no-priorities = No priorities. Is an agreement loaded?
cli-list-no-measures = No preventive measures match.
cli-list-uncovered-themes = Themes without an active measure: { $themes }.

## lagesbild history
cli-history-not-an-id = “{ $id }” is not an id. Copy the whole id from, for example, lagesbild list … --json.
cli-history-no-record = There is no record with id { $id } in { $path }.
cli-history-this-copy = this copy
cli-history-of = History of { $kind } { $id }
cli-history-column-when = Time (Swedish time)
cli-history-column-who = Who
cli-history-column-party = Partner
cli-history-column-change = Change
cli-history-column-field = Field
cli-history-column-old-new = Old → new
cli-history-created = the record was created

## lagesbild conflicts
cli-conflicts-none = No unresolved conflicts.
cli-conflicts-column-id = Id
cli-conflicts-column-record = Record
cli-conflicts-column-current = Holds now
cli-conflicts-column-other = The other
cli-conflicts-open = unresolved
cli-conflicts-resolved = resolved
cli-conflicts-how = Resolve with lagesbild conflicts resolve ID --keep or --take-other.
cli-conflicts-choose = Give --keep (keep the value that holds now) or --take-other (take the other).
cli-conflicts-ambiguous = Found { $count } unresolved conflicts starting with “{ $id }”. See the list with lagesbild conflicts and give more characters of the id.
cli-conflicts-done = The conflict in { $kind } “{ $title }” ({ $field }) is resolved.

## lagesbild partner
cli-partner-now = This copy is now { $name }.
cli-partner-key-file = Key file: { $path } (keep it secret and include it in the backup).
cli-partner-new-key-saved = New key for { $name } saved in { $path } (keep it secret and include it in the backup).
cli-partner-send-new-key = Send the new key to every partner; they run lagesbild partner trust "{ $name }" KEY and compare the fingerprint with you by phone.
cli-partner-trusted = { $name } is now trusted (fingerprint { $fingerprint }). Check the fingerprint with { $name } by phone.
cli-partner-untrusted = { $name } is no longer trusted ({ $count ->
    [one] one key revoked
   *[other] { $count } keys revoked
}). What was already imported stays.
cli-partner-this-copy = This copy: { $name } (fingerprint { $fingerprint })
cli-partner-column-partner = Partner
cli-partner-column-fingerprint = Fingerprint
cli-partner-column-received = Last received
cli-partner-column-sent = Last sent
cli-partner-bundle = { $at } ({ $count } changes)
cli-partner-revoked = revoked { $date }
cli-partner-trusted-status = trusted
cli-partner-none = No trusted partners yet. Add one with lagesbild partner trust NAME KEY.
cli-partner-conflicts = { $count ->
    [one] One unresolved conflict
   *[other] { $count } unresolved conflicts
}: see lagesbild conflicts.
cli-partner-public-key = Public key (send the whole line to the partners):
cli-partner-fingerprint = Fingerprint (read it out by phone): { $fingerprint }

## lagesbild import
cli-import-backup = Backup before the import: { $path }
cli-import-conflicts = Resolve the conflicts with lagesbild conflicts.

## lagesbild polisen
cli-polisen-preview = Preview: nothing is saved. Run without --dry-run to import.
cli-polisen-remapped = The event type changed on { $count ->
    [one] one police event
   *[other] { $count } police events
}.
cli-polisen-read = Read { $count ->
    [one] one event
   *[other] { $count } events
} from { $source }; { $kept } concern { $municipalities }.
cli-polisen-counts = New: { $created }, changed: { $updated }, unchanged: { $unchanged }.
cli-polisen-per-municipality = Per municipality: { $counts }.
cli-polisen-unknown-types = Types without a matching event type (saved, shown as “unknown type”): { $types }.
cli-polisen-none-for = No events for { $municipalities } in the feed. Check the spelling of the municipality; the feed holds only the latest 500 or so events in the whole country.
cli-polisen-week = Police events week { $week } ({ $source }), { $count } in all.
cli-polisen-week-empty = No police events imported for that week. Import with lagesbild polisen import FILE or lagesbild polisen fetch.
cli-polisen-column-id = Police id
cli-polisen-column-day = Day
cli-polisen-column-municipality = Municipality
cli-polisen-column-summary = Summary
cli-polisen-column-promoted = In the picture
cli-polisen-where = Say where the event belongs with --place NAME or --area NAME.
cli-polisen-promoted = Police event { $police_id } is now observation { $id } (source: { $source }, status: { $status }).

## Errors at the command line
cli-no-db-place = Cannot find a place for the database. Give one with --db PATH.
cli-export-needs-writer = The export is recorded in the audit log and so needs to write to the database.
cli-minutes-title-unknown = “{ $title }” is not a title for the minutes. Choose "Notes of meeting", "Meeting notes" or Minutes.
cli-report-year-refused = Cannot summarise the year { $year }: give a year from { $first } to { $current }, for example lagesbild report year { $current }.

cli-init-about = Set up a new, empty copy for your municipality (without the demo data): the municipality, your organisation and the shared terms
cli-init-arg-municipality = The municipality: name or municipality code (e.g. Tyresö or 0138)
cli-init-arg-organisation = Your own organisation, e.g. "Tyresö kommun, security unit"
cli-init-arg-function = Your function, e.g. community safety coordinator (not your name)

cli-record-new-about = Create a new record: an area, a place, a partner, a problem, an action …
cli-record-edit-about = Change fields of a record (give only the fields to change)
cli-record-delete-about = Delete a record, or deactivate it (--deactivate) when other records refer to it
cli-record-id-help = The record's id as lagesbild list shows it (its beginning is enough when unique)
cli-record-deactivate-help = Deactivate instead of deleting: the record leaves the pickers but stays in history and reports
cli-record-edit-help = The fields are those of lagesbild new <kind> (see lagesbild new <kind> --help), plus --classification and --confirm-personal-data. An empty value ("") clears an optional field. A list (e.g. --partner-orgs) is replaced as a whole; with a leading + the values are added: --police-aliases "+Klotter".
cli-record-new-kind-neuter = New { $kind }
cli-record-new-kind-common = New { $kind }
cli-record-position-help = Position as a map shows it: latitude, longitude, e.g. "59.2391, 18.2297" (instead of --lat and --lon)
cli-record-classification-value = CLASS
cli-record-classification-help = Classification: oppen (open), begransad (restricted, the default) or intern (internal). An internal record never leaves this copy: it is not sent in bundles to partners and not exported.
cli-record-confirm-help = Save free text that looks like personal data (names, personal identity numbers, phone numbers, plates) anyway: you have read the warning and the text is meant to stand
cli-record-value-reference = NAME|ID
cli-record-value-code = CODE
cli-record-value-integer = INTEGER
cli-record-value-number = NUMBER
cli-record-value-bool = YES|NO
cli-record-value-date = YYYY-MM-DD
cli-record-value-time = HH:MM
cli-record-value-week = YYYY-Www
cli-record-value-text = TEXT
cli-record-help-reference = { $kind } (name or id)
cli-record-help-repeat = ; repeat the flag for several
cli-record-help-term-codes = a code of { $vocabulary }, e.g. { $codes }
cli-record-help-free-text = {" "}— free text checked for personal data
cli-record-help-required = {" "}[required]
