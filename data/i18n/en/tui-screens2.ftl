# The screens' own words: titles, list headers, empty states, messages.

tui-police-no-municipality = The municipality is missing from the settings, so the police events cannot be fetched.
tui-police-nothing-to-promote = There is no police event to add this week.
tui-police-already-promoted = Police event { $id } is already in the situation picture. You find the observation in the list (p shows it).
tui-police-no-own-organisation-hint = Your own organisation is missing from the settings, so the observation cannot be recorded. Redo the welcome step or load the demo data.
tui-police-no-own-organisation = Your own organisation is missing from the settings, so the observation cannot be recorded.
tui-police-type-option = { $kind } (the police's type)
tui-choose-option = – choose –
tui-police-promote-title = Add police event { $id } to the situation picture
tui-field-or-area = or area
tui-police-choose-place-for-event = Choose a place or an area for the event.
tui-police-promoted-saved = Police event { $id } is in the situation picture as an observation (source: { $source }).
tui-police-unknown-type = Police event { $id } has the type “{ $kind }”, which matches none of our event types. Press a again and choose an event type.
tui-police-personal-data-question = Police event { $id }: { $warning } The summary becomes the observation's description. Add it anyway?
tui-situation-nothing-to-choose = There are no areas or event types yet. Add areas on the Register tab ({ $key }) first.
tui-situation-marked = The observation is marked as { $status }.
tui-exchange-import-cancelled = The import was cancelled before anything changed. The backup taken first is still there.
tui-exchange-export-cancelled = The bundle was not written: the export was cancelled. No file was written.
tui-exchange-preview-cancelled = The preview was cancelled. Nothing was imported.
tui-exchange-named = This copy is now called { $name } at the partners. Read the fingerprint aloud when you exchange keys.
tui-exchange-kept-current = The conflict is resolved: the current value stays.
tui-exchange-took-other = The conflict is resolved: the other value applies now.
tui-actions-indicator-target = {" "}→ target { $value }
tui-actions-indicator-baseline = {" "}(baseline { $value })
tui-actions-no-plan-item = The action belongs to no item of an action plan.
tui-record-named = { $kind } “{ $name }”
tui-selected = Selected
tui-column-area = Area
tui-situation-filter-review = review queue: new
tui-situation-filter-escalated = serious/extraordinary only
tui-situation-filter-area = area: { $area }
tui-situation-title = Observations · { $at } of { $total }{ $more }
tui-situation-escalation = ‼ Escalation: { $path }
tui-situation-none-match = No observations match. c clears the filters, n adds one.
tui-situation-overview-level = {"  "}Level (latest situation picture)
tui-situation-overview-title = Overview: area × week (number of observations)
tui-police-promoted-mark = ✓ added
tui-police-source = Source:{" "}
tui-police-keys = {"  ·  "}{ $back } back to the observations  ·  { $promote } adds the selected one to the situation  ·  { $fetch } fetches the feed now
tui-police-none = No police events for the municipality this week. { $fetch } fetches the police feed now.
tui-police-title = Police events · { $week } · { $municipality } · { $at } of { $total }
tui-police-promoted = ✓ Added to the situation picture as an observation.
tui-police-not-promoted = Not in the situation picture: { $promote } adds it at a place or an area.
tui-police-none-selected = No event selected.
tui-police-selected-id = Selected · police id { $id } · source: { $source }
tui-police-selected = Selected · source: { $source }
tui-overdue-flag = ⚠ OVERDUE{" "}
tui-actions-filter-status = status: { $status }
tui-actions-filter-overdue = overdue only
tui-actions-filter-owner = responsible: { $owner }
tui-actions-filter-plan-item = same plan item
tui-actions-title = Actions · { $at } of { $total }
tui-actions-detail-title = Action and chain
tui-actions-none-selected = No action selected.
tui-actions-detail-line = { $status } · responsible: { $owner }{ $function } · start { $start } · due { $due }
tui-actions-cause = {"  "}Cause: { $cause }
tui-actions-plan-item = Plan item: { $item } (+{ $count ->
        [one] 1 action
       *[other] { $count } actions
    }, c shows them)
tui-actions-goal = Goal: { $goal }
tui-actions-indicator = {"  "}Indicator: { $indicator }
tui-actions-follow-ups = Follow-ups ({ $count })
tui-step-attendance = Attendance
tui-step-agenda = Agenda
tui-step-follow-up = Follow-up of actions
tui-step-areas = Situation area by area
tui-step-decisions = Decisions and new actions
tui-step-events = Planned events
tui-step-next-meeting = Next meeting
tui-step-close = Close and confirm
tui-meeting-present =
    { $count ->
        [one] 1 organisation present
       *[other] { $count } organisations present
    } · { $key } toggles · { $hint }
tui-presence-present = [✓] present
tui-presence-partly = [½] partly
tui-presence-absent = [–] absent
tui-presence-unknown = [ ] not noted
tui-meeting-decided =
    { $count ->
        [one] 1 action decided at the meeting
       *[other] { $count } actions decided at the meeting
    } · { $key } new action
tui-meeting-decided-row = { $marker }{ $title } · { $owner } · { $place } · due { $due }
tui-meeting-add-event = { $key } adds a planned event
tui-meeting-next = Next meeting: { $date } ({ $week }) { $time } { $place }
tui-meeting-no-next = No next meeting is booked. { $key } books it.
tui-meeting-picture-missing = missing
tui-meeting-picture-status = Status of the situation picture: { $status }
tui-meeting-close-summary =
    Attendance noted for { $present ->
        [one] 1 organisation
       *[other] { $present } organisations
    } · { $decided ->
        [one] 1 new action
       *[other] { $decided } new actions
    } · { $events ->
        [one] 1 planned event
       *[other] { $events } planned events
    }
tui-meeting-close-key = {" "}closes the meeting and confirms the situation picture.
tui-column-level = Level
tui-column-trend = Trend
tui-column-week = Week
tui-column-mean-4w = Mean 4w
tui-column-prio-hot-spot = Prio / hot spot
tui-meeting-escalated = {" "}‼ { $count } serious
tui-meeting-open-actions =
    { $count ->
        [one] 1 open action
       *[other] { $count } open actions
    }, { $overdue } overdue · { $key } follows up
tui-meeting-last-note = {" "}· latest: { $note }
tui-meeting-followed-up-now = {" "}Followed up now: { $title } → { $status }
tui-unchanged = unchanged
tui-meeting-close-nobody-present = Nobody is marked present (item 1) – the minutes get an empty attendance list.{" "}
tui-meeting-close-question = { $warning }Close the meeting of { $date } and confirm the situation picture for { $week }? The meeting closes and the picture becomes the confirmed one for the week.
tui-meeting-no-picture = The meeting has no situation picture. Close it and start the meeting again.
tui-meeting-level-set = { $area }: level { $level }
tui-meeting-priority = priority area
tui-meeting-not-priority = not a priority
tui-meeting-no-hot-spot-places = { $area } has no places to choose as a hot spot.
tui-meeting-start-planned = No meeting is planned this week ({ $week }). Start the planned meeting of { $date } ({ $meeting_week }) now?
tui-meeting-start-new = No meeting is planned this week ({ $week }). Start a new meeting today, { $today }?
tui-meeting-started = The meeting has started.
tui-meeting-started-on = The meeting of { $date } ({ $week }) has started.
tui-meeting-steps-hint = Go through the items with { $previous } { $next }.
tui-field-action = Action
tui-field-responsible = Responsible
tui-field-function = Function
tui-field-place = Place
tui-field-due = Due
tui-field-description = Description
tui-field-follow-up = Follow-up
tui-field-date = Date
tui-field-time = Time
tui-field-event-type = Event type
tui-field-reported-by = Reported by
tui-field-severity = Severity
tui-field-grade = Assessment
tui-field-classification = Classification
tui-classification-open = open: may be shared with anyone
tui-classification-restricted = restricted: the partners only
tui-classification-intern = internal: never leaves this copy
tui-field-event = Event (e.g. end of school, Walpurgis Night)
tui-field-event-text = When, where and what it means for the collaboration
tui-field-municipality = Municipality
tui-field-own-organisation = Your organisation
tui-field-own-function = Your function
tui-onboarding-default-function = safety coordinator
tui-form-new-action = New action
tui-form-follow-up = Follow up: { $title }
tui-status-unchanged = { $status } (unchanged)
tui-place-not-in-area = The place is not in the chosen area.
tui-action-decided = The action “{ $title }” was decided.
tui-follow-up-saved = The follow-up was saved (status: { $status }).
tui-onboarding-form-title = Start empty: the municipality and your organisation
tui-onboarding-welcome = Welcome! { $municipality } ({ $code }) is set up.
tui-form-saved-on-exchange = The form is saved on the Exchange tab.
tui-form-saved-on-register = The form is saved on the Register tab.
tui-form-choose-format = Choose a format.
tui-police-choose-place = Choose a place or an area.
tui-form-planned-event = Planned event
tui-hot-spot-removed-option = { $place } (hot spot: will be removed)
tui-hot-spot-added-option = { $place } (will be added)
tui-form-hot-spots = Hot spots in { $area }
tui-planned-event-added = The planned event was added.
tui-choose-place = Choose a place.
tui-the-area = The area
tui-hot-spot-added = { $area }: { $place } is a hot spot.
tui-hot-spot-added-among = { $area }: { $place } is a hot spot, as are { $others }.
tui-hot-spot-removed-last = { $area }: { $place } is no longer a hot spot. None left.
tui-hot-spot-removed = { $area }: { $place } is no longer a hot spot. Left: { $others }.
tui-enter-date = Enter a date.
tui-next-meeting-after-today = The next meeting must be after today.
tui-next-meeting-set = The next meeting is { $date } ({ $week }).
tui-onboarding-demo-loading = The demo data is loading – wait until it is done ({ $cancel } cancels).
tui-onboarding-demo-question = Load the demo data (a made-up municipality)?
tui-onboarding-title = Welcome to lagesbild
tui-onboarding-empty = The database is empty. How do you want to start?
tui-onboarding-demo = Load the demo data: a made-up municipality with a year of meetings, observations and actions.
tui-onboarding-start-empty = Start empty: enter the municipality's name and your own organisation.
tui-onboarding-exchange = Exchange: import a bundle from a partner (a new partner's copy).
tui-onboarding-quit = Quit.
tui-onboarding-no-personal-data = Never write personal data here: describe places and situations, not people.
tui-form-edit-observation = Edit observation
tui-form-new-observation = New observation
tui-observation-changed = The observation was changed.
tui-observation-saved = The observation was saved.
tui-observation-saved-escalate = The observation was saved. { $path }
tui-choose-area = Choose an area.
tui-choose-event-type = Choose an event type.
tui-choose-organisation = Choose an organisation.
tui-agreement-revision-overdue = Revised by { $date } – REVISION OVERDUE
tui-agreement-revision = Revised by { $date }
tui-agreement-no-revision = No revision date
tui-agreement-revision-line = {"  "}{ $revision } · Follow-up: { $rule }
tui-agreement-priorities = {"  "}Priority areas
tui-agreement-priority = {"  "}{ $number }. { $title } [{ $status }] · { $count ->
        [one] 1 activity
       *[other] { $count } activities
    }
tui-agreement-goal = {"       "}Goal: { $goal }
tui-agreement-promise = {"  "}Citizen promise { $from } – { $to }: { $text }
tui-agreement-column-activity = Activity
tui-agreement-column-scope = Scope
tui-prevention-coverage = Coverage per theme (the prevention star): active measures
tui-prevention-theme-uncovered = {"  "}⚠ { $theme } NO active measure ({ $all } in all)
tui-prevention-theme-covered = {"  "}✓ { $theme } { $active } active of { $all } { $bar }
tui-prevention-no-owner = no one responsible
tui-places-project = { $name } · since { $since } · coordinator: { $coordinator }
tui-places-vision = {"  "}Vision: { $vision }
tui-places-partners = {"  "}Partners: { $partners }
tui-places-goal = {"  "}Goal: { $goal }
tui-finding-has-action = [has an action]
tui-finding-no-action = [no action – a makes one]
tui-finding-suggestion = {" "}— suggestion:{" "}
tui-agreement-title = Collaboration agreement and citizen promises
tui-prevention-title = Preventive work
tui-places-title = Place collaboration: projects, inspections and findings
tui-finding-choose = Choose a finding of an inspection (the lines that start with •).
tui-finding-already-has-action = This finding already has an action.
tui-register-areas = Areas
tui-register-places = Places
tui-register-organisations = Organisations
tui-register-event-types = Event types
tui-register-detail-title = Selected record
tui-register-setup = Get started:
tui-register-setup-done = The municipality is set up: areas, places, organisations and a first meeting exist.
tui-register-step-areas = areas
tui-register-step-places = places
tui-register-step-organisations = organisations
tui-register-step-first-meeting = first meeting
tui-register-setup-key = {"  "}{ $key } opens
tui-register-inactive = inactive
tui-register-active = In use
tui-register-referred-by = Referred to by
tui-register-no-areas = No areas yet.
tui-register-no-places = No places yet.
tui-register-no-organisations = No organisations yet.
tui-register-no-event-types = No event types yet.
tui-register-nothing-selected = No record is selected.
tui-register-new-hint = { $key } adds a new one.
tui-register-ask-delete = Delete the { $kind } “{ $name }”? Nothing refers to the record, so nothing else is affected.
tui-register-and-more = and { $count } more
tui-register-ask-deactivate = { $kind } “{ $name }” cannot be deleted: { $count ->
        [one] 1 record refers
       *[other] { $count } records refer
    } to it ({ $referrers }). Deactivate it instead? It then leaves the choices but stays in history and reports.
tui-register-own-organisation-stays = Your own organisation cannot be deleted or deactivated: the copy belongs to it.
tui-register-ask-deactivate-event-type = Event types are never deleted, only deactivated. Deactivate “{ $name }”? It then leaves the choices but stays in history and reports.
tui-register-already-inactive = The record “{ $name }” ({ $kind }) is already inactive and not among the choices. It stays because something refers to it.
tui-register-switch-list = {"  "}{ $previous }/{ $next } switches list
tui-register-title-filtered = { $section } ({ $shown } of { $total })
