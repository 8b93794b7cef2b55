# Fixed vocabularies: vocab-<vocabulary> names the vocabulary, vocab-<vocabulary>-<code> labels a value.

## PoliceStatus
vocab-police-status = police area status
vocab-police-status-ingen = none
vocab-police-status-utsatt = vulnerable area
vocab-police-status-riskomrade = risk area
vocab-police-status-sarskilt_utsatt = especially vulnerable area

## PublicKind
vocab-public-kind = kind of place
vocab-public-kind-offentlig = public
vocab-public-kind-halvoffentlig = semi-public

## DayPeriod
vocab-day-period = time of day
vocab-day-period-morgon = morning
vocab-day-period-dag = day
vocab-day-period-kvall = evening
vocab-day-period-natt = night

## Grade
vocab-grade = assessment
vocab-grade-1 = 1 low
vocab-grade-2 = 2 medium
vocab-grade-3 = 3 high

## Severity
vocab-severity = severity level
vocab-severity-storning = disturbance
vocab-severity-sarskild_handelse = serious event
vocab-severity-extraordinar_handelse = extraordinary event

## ObservationSource
vocab-observation-source = source
vocab-observation-source-rapportor = reporter
vocab-observation-source-polisens_oppna_data = police open data
vocab-observation-source-trygghetsvandring = safety walk
vocab-observation-source-etjanst = e-service/public
vocab-observation-source-annan = other
vocab-observation-source-mall = template

## ReviewStatus
vocab-review-status = review status
vocab-review-status-ny = new
vocab-review-status-granskad = reviewed
vocab-review-status-i_lagesbild = in situation picture
vocab-review-status-avford = dismissed
vocab-review-status-dubblett = duplicate

## MeetingKind
vocab-meeting-kind = meeting type
vocab-meeting-kind-vecka = weekly meeting
vocab-meeting-kind-tertial = four-monthly meeting
vocab-meeting-kind-ar = yearly meeting
vocab-meeting-kind-platssamverkan = place collaboration
vocab-meeting-kind-rad = crime prevention council

## MeetingStatus
vocab-meeting-status = meeting status
vocab-meeting-status-planerat = planned
vocab-meeting-status-pagar = in progress
vocab-meeting-status-avslutat = closed
vocab-meeting-status-justerat = approved

## Presence
vocab-presence = attendance
vocab-presence-narvarande = present
vocab-presence-forhinder = sent apologies
vocab-presence-delvis = partly present

## AgendaKind
vocab-agenda-kind = agenda item
vocab-agenda-kind-oppnande = Opening
vocab-agenda-kind-dagordning = Approval of the agenda
vocab-agenda-kind-uppfoljning = Follow-up of actions
vocab-agenda-kind-polisens_lagesbild = The police's situation picture
vocab-agenda-kind-omrade = Joint situation picture – area
vocab-agenda-kind-analys = Analysis and priorities
vocab-agenda-kind-beslut = Actions
vocab-agenda-kind-planerade_handelser = Planned events
vocab-agenda-kind-information = Information and other business
vocab-agenda-kind-ovrigt = Other
vocab-agenda-kind-nasta_mote = Next meeting
vocab-agenda-kind-avslutande = Closing

## PictureLevel
vocab-picture-level = situation picture level
vocab-picture-level-vecka = week
vocab-picture-level-tertial = four months
vocab-picture-level-ar = year (Act 2023:196)
vocab-picture-level-platssamverkan = place collaboration

## PictureStatus
vocab-picture-status = situation picture status
vocab-picture-status-utkast = draft
vocab-picture-status-faststalld = established

## AreaLevel
vocab-area-level = level
vocab-area-level-lugnt = calm
vocab-area-level-forhojt = elevated
vocab-area-level-allvarligt = serious

## Trend
vocab-trend = trend
vocab-trend-okande = rising
vocab-trend-oforandrad = unchanged
vocab-trend-minskande = falling

## ActionKind
vocab-action-kind = action type
vocab-action-kind-situationell = situational
vocab-action-kind-social = social
vocab-action-kind-kombinerad = combined

## Horizon
vocab-horizon = time horizon
vocab-horizon-kort = short term
vocab-horizon-lang = long term

## ActionStatus
vocab-action-status = status
vocab-action-status-foreslagen = proposed
vocab-action-status-beslutad = decided
vocab-action-status-pagar = ongoing
vocab-action-status-genomford = done
vocab-action-status-installd = cancelled

## ActionOrigin
vocab-action-origin = origin
vocab-action-origin-vecka = weekly meeting
vocab-action-origin-atgardsplan = action plan
vocab-action-origin-overenskommelse = police agreement
vocab-action-origin-medborgarlofte = citizen promise
vocab-action-origin-platssamverkan = place collaboration
vocab-action-origin-besiktning = safety inspection

## Perspective
vocab-perspective = perspective
vocab-perspective-situationell = situational
vocab-perspective-brottsutsatthet = victimisation
vocab-perspective-garningsperson = offender

## TriangleSide
vocab-triangle-side = crime triangle
vocab-triangle-side-plats = place
vocab-triangle-side-offer_objekt = victim/target
vocab-triangle-side-garningsperson = offender

## Certainty
vocab-certainty = certainty
vocab-certainty-lag = low
vocab-certainty-medel = medium
vocab-certainty-hog = high

## DecisionBody
vocab-decision-body = decision body
vocab-decision-body-kf = municipal council
vocab-decision-body-ks = municipal executive board
vocab-decision-body-namnd = committee
vocab-decision-body-styrgrupp = steering group

## PlanStatus
vocab-plan-status = plan status
vocab-plan-status-utkast = draft
vocab-plan-status-beslutad = decided
vocab-plan-status-avslutad = closed

## IndicatorSource
vocab-indicator-source = indicator source
vocab-indicator-source-bra_anmalda_brott = Brå reported crime
vocab-indicator-source-ntu = Swedish Crime Survey
vocab-indicator-source-polisens_trygghetsmatning = Police safety survey
vocab-indicator-source-est = EST reports
vocab-indicator-source-skolenkat = school survey
vocab-indicator-source-egen_enkat = own survey
vocab-indicator-source-annan = other

## Direction
vocab-direction = direction
vocab-direction-oka = increase
vocab-direction-minska = decrease

## Frequency
vocab-frequency = frequency
vocab-frequency-manad = monthly
vocab-frequency-tertial = four-monthly
vocab-frequency-halvar = half-yearly
vocab-frequency-ar = yearly

## PromiseBasis
vocab-promise-basis = basis
vocab-promise-basis-medborgardialog = citizen dialogue
vocab-promise-basis-medarbetardialog = staff dialogue
vocab-promise-basis-statistik = statistics

## InspectionKind
vocab-inspection-kind = type of inventory
vocab-inspection-kind-trygghetsbesiktning = safety inspection
vocab-inspection-kind-trygghetsvandring = safety walk
vocab-inspection-kind-enkat = survey

## PreventionLevel
vocab-prevention-level = prevention level
vocab-prevention-level-universell = universal
vocab-prevention-level-selektiv = selective
vocab-prevention-level-indikerad = indicated

## FactorType
vocab-factor-type = factor type
vocab-factor-type-risk = risk factor
vocab-factor-type-skydd = protective factor

## FactorContext
vocab-factor-context = context
vocab-factor-context-individ = individual
vocab-factor-context-familj = family
vocab-factor-context-kamrater_fritid = peers and leisure
vocab-factor-context-skola = school
vocab-factor-context-samhalle = society

## MeasureStatus
vocab-measure-status = measure status
vocab-measure-status-planerad = planned
vocab-measure-status-aktiv = active
vocab-measure-status-pausad = paused
vocab-measure-status-avslutad = ended

## EntityKind
vocab-entity-kind = record type
vocab-entity-kind-organisation = organisation
vocab-entity-kind-participant = participant
vocab-entity-kind-term = term
vocab-entity-kind-area = area
vocab-entity-kind-place = place
vocab-entity-kind-event_type = event type
vocab-entity-kind-observation = observation
vocab-entity-kind-police_event = police event
vocab-entity-kind-meeting = meeting
vocab-entity-kind-attendance = attendance
vocab-entity-kind-agenda_item = agenda item
vocab-entity-kind-situation_picture = situation picture
vocab-entity-kind-area_assessment = area assessment
vocab-entity-kind-action = action
vocab-entity-kind-follow_up = follow-up
vocab-entity-kind-problem = problem
vocab-entity-kind-cause = cause
vocab-entity-kind-action_plan = action plan
vocab-entity-kind-plan_item = plan item
vocab-entity-kind-goal = goal
vocab-entity-kind-indicator = indicator
vocab-entity-kind-indicator_value = indicator value
vocab-entity-kind-agreement = agreement
vocab-entity-kind-priority = priority
vocab-entity-kind-citizen_promise = citizen promise
vocab-entity-kind-promise_activity = promise activity
vocab-entity-kind-place_project = place project
vocab-entity-kind-inspection = inspection
vocab-entity-kind-finding = finding
vocab-entity-kind-theme = theme
vocab-entity-kind-factor = factor
vocab-entity-kind-preventive_measure = preventive measure

## Classification
vocab-classification = classification
vocab-classification-oppen = open
vocab-classification-begransad = restricted
vocab-classification-intern = internal

## OpKind
vocab-op-kind = change type
vocab-op-kind-create = created
vocab-op-kind-set = changed
vocab-op-kind-delete = deleted
vocab-op-kind-undelete = restored
vocab-op-kind-resolve = conflict resolved
vocab-op-kind-purge = purged

## Whom to contact when an observation is more serious than a disturbance
severity-escalation-sarskild-handelse = Contact the duty officer on call (TiB). The duty officer decides whether the crisis management is to be informed.
severity-escalation-extraordinar-handelse = Alert the duty officer on call (TiB) at once. The crisis management committee and staff may need to be activated.
