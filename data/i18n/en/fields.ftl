# Field labels: field-<record type>-<field>, for reports, history and forms.


## organisation
field-organisation-name = name
field-organisation-short-name = short name
field-organisation-kind = type
field-organisation-is-authority = public authority
field-organisation-active = active
field-organisation-classification = classification

## participant
field-participant-organisation-id = organisation
field-participant-function = role
field-participant-display-name = display name
field-participant-active = active
field-participant-classification = classification

## term
field-term-vocabulary = vocabulary
field-term-code = code
field-term-label-sv = Swedish label
field-term-label-en = English label
field-term-sort = sort order
field-term-active = active
field-term-classification = classification

## area
field-area-name = name
field-area-kind = type
field-area-code = code
field-area-parent-id = parent
field-area-police-status = police area status
field-area-police-status-year = status year
field-area-active = active
field-area-classification = classification

## place
field-place-area-id = area
field-place-name = name
field-place-kind = type
field-place-public-kind = kind of place
field-place-lat = latitude
field-place-lon = longitude
field-place-active = active
field-place-classification = classification

## event_type
field-event-type-code = code
field-event-type-label-sv = Swedish label
field-event-type-label-en = English label
field-event-type-group-code = group code
field-event-type-is-crime = crime
field-event-type-police-aliases = police types
field-event-type-sort = sort order
field-event-type-active = active
field-event-type-classification = classification

## observation
field-observation-reporting-org-id = reporting organisation
field-observation-reporter-id = reporter
field-observation-event-type-id = event type
field-observation-area-id = area
field-observation-place-id = place
field-observation-occurred-on = date
field-observation-occurred-until = until
field-observation-time-from = time from
field-observation-time-to = time to
field-observation-day-period = time of day
field-observation-reported-at = reported at
field-observation-description = description
field-observation-grade = assessment
field-observation-severity = severity level
field-observation-count-estimate = estimated count
field-observation-source = source
field-observation-external-ref = external reference
field-observation-review-status = review status
field-observation-duplicate-of-id = duplicate of
field-observation-pii-confirmed = personal data warning confirmed
field-observation-classification = classification

## police_event
field-police-event-police-id = police id
field-police-event-published-at = published at
field-police-event-incident-at = occurred at
field-police-event-name = name
field-police-event-summary = summary
field-police-event-url = web address
field-police-event-police-type = police type
field-police-event-event-type-id = event type
field-police-event-county = county
field-police-event-municipality = municipality
field-police-event-lat = latitude
field-police-event-lon = longitude
field-police-event-observation-id = observation
field-police-event-classification = classification

## meeting
field-meeting-kind = type
field-meeting-group-name = group name
field-meeting-date = date
field-meeting-start-time = start time
field-meeting-end-time = end time
field-meeting-location = venue
field-meeting-chair = chair
field-meeting-note-taker = notes taken by
field-meeting-adjuster = checked by
field-meeting-status = status
field-meeting-approved-on = approved on
field-meeting-dnr = reference number
field-meeting-notes = notes
field-meeting-classification = classification

## attendance
field-attendance-meeting-id = meeting
field-attendance-organisation-id = organisation
field-attendance-presence = attendance
field-attendance-until-item = until §
field-attendance-functions = roles
field-attendance-adjunct = co-opted
field-attendance-classification = classification

## agenda_item
field-agenda-item-meeting-id = meeting
field-agenda-item-number = number
field-agenda-item-kind = type
field-agenda-item-area-id = area
field-agenda-item-title = title
field-agenda-item-text = text
field-agenda-item-decision = decision
field-agenda-item-classification = classification

## situation_picture
field-situation-picture-level = level
field-situation-picture-period-start = period start
field-situation-picture-period-end = period end
field-situation-picture-scope-area-id = area covered
field-situation-picture-meeting-id = meeting
field-situation-picture-summary = summary
field-situation-picture-status = status
field-situation-picture-established-by = established by
field-situation-picture-established-at = established at
field-situation-picture-distribution = distribution
field-situation-picture-classification = classification

## area_assessment
field-area-assessment-picture-id = situation picture
field-area-assessment-area-id = area
field-area-assessment-level = level
field-area-assessment-trend = trend
field-area-assessment-key-event-type-ids = main event types
field-area-assessment-text = text
field-area-assessment-is-priority = priority
field-area-assessment-priority-rank = priority rank
field-area-assessment-hot-spot-place-ids = hot spots
field-area-assessment-classification = classification

## action
field-action-title = title
field-action-description = description
field-action-kind = type
field-action-horizon = time horizon
field-action-area-id = area
field-action-place-id = place
field-action-responsible-org-id = responsible organisation
field-action-responsible-function = responsible role
field-action-partner-org-ids = partner organisations
field-action-start-on = start date
field-action-due-on = due
field-action-due-week = due week
field-action-recurrence = recurrence
field-action-status = status
field-action-origin = origin
field-action-meeting-id = meeting
field-action-plan-item-id = plan item
field-action-priority-id = priority
field-action-promise-activity-id = promise activity
field-action-finding-id = inspection finding
field-action-theme-ids = themes
field-action-factor-ids = risk and protective factors
field-action-expected-effect = expected effect
field-action-result = result
field-action-done-on = done on
field-action-pii-confirmed = personal data warning confirmed
field-action-classification = classification

## follow_up
field-follow-up-subject-kind = subject type
field-follow-up-subject-id = subject
field-follow-up-meeting-id = meeting
field-follow-up-date = date
field-follow-up-status-after = status after
field-follow-up-comment = comment
field-follow-up-pii-confirmed = personal data warning confirmed
field-follow-up-classification = classification

## problem
field-problem-title = title
field-problem-description = description
field-problem-area-ids = areas
field-problem-event-type-ids = event types
field-problem-evidence = evidence
field-problem-priority = priority
field-problem-pii-confirmed = personal data warning confirmed
field-problem-classification = classification
field-problem-active = active

## cause
field-cause-problem-id = problem
field-cause-perspective = perspective
field-cause-triangle-side = crime triangle
field-cause-description = description
field-cause-certainty = certainty
field-cause-pii-confirmed = personal data warning confirmed
field-cause-classification = classification
field-cause-active = active

## action_plan
field-action-plan-title = title
field-action-plan-period-start = period start
field-action-plan-period-end = period end
field-action-plan-based-on-picture-id = based on situation picture
field-action-plan-decided-by = decided by
field-action-plan-decision-ref = decision reference
field-action-plan-decided-on = decided on
field-action-plan-review-interval-months = review interval (months)
field-action-plan-status = status
field-action-plan-place-project-id = place project
field-action-plan-classification = classification

## plan_item
field-plan-item-plan-id = action plan
field-plan-item-number = number
field-plan-item-title = title
field-plan-item-problem-id = problem
field-plan-item-cause-ids = causes
field-plan-item-goal-id = goal
field-plan-item-responsible-org-id = responsible organisation
field-plan-item-start-on = start date
field-plan-item-end-on = end date
field-plan-item-resources = resources
field-plan-item-classification = classification
field-plan-item-active = active

## goal
field-goal-text = text
field-goal-measurable = measurable
field-goal-plan-id = action plan
field-goal-priority-id = priority
field-goal-place-project-id = place project
field-goal-classification = classification
field-goal-active = active

## indicator
field-indicator-goal-id = goal
field-indicator-name = name
field-indicator-unit = unit
field-indicator-source = source
field-indicator-direction = direction
field-indicator-baseline-value = baseline
field-indicator-baseline-on = baseline date
field-indicator-target-value = target value
field-indicator-target-on = target date
field-indicator-frequency = frequency
field-indicator-classification = classification

## indicator_value
field-indicator-value-indicator-id = indicator
field-indicator-value-period = period
field-indicator-value-measured-on = measured on
field-indicator-value-value = value
field-indicator-value-note = note
field-indicator-value-classification = classification
field-indicator-active = active

## agreement
field-agreement-title = title
field-agreement-party-org-ids = parties
field-agreement-period-start = period start
field-agreement-period-end = period end
field-agreement-signed-by = signed by
field-agreement-signed-on = signed on
field-agreement-revision-due = revision due
field-agreement-documentation-rule = documentation rule
field-agreement-follow-up-rule = follow-up rule
field-agreement-appendix = appendix
field-agreement-classification = classification
field-agreement-active = active

## priority
field-priority-agreement-id = agreement
field-priority-number = number
field-priority-title = title
field-priority-problem-picture = problem picture
field-priority-causes = causes
field-priority-status = status
field-priority-classification = classification

## citizen_promise
field-citizen-promise-agreement-id = agreement
field-citizen-promise-period-start = period start
field-citizen-promise-period-end = period end
field-citizen-promise-text = text
field-citizen-promise-basis = basis
field-citizen-promise-place-ids = places
field-citizen-promise-classification = classification
field-citizen-promise-active = active

## promise_activity
field-promise-activity-promise-id = citizen promise
field-promise-activity-number = number
field-promise-activity-activity = activity
field-promise-activity-scope = scope
field-promise-activity-responsible-org-id = responsible organisation
field-promise-activity-follow-up-forum = follow-up forum
field-promise-activity-status = status
field-promise-activity-classification = classification

## place_project
field-place-project-name = name
field-place-project-short-name = short name
field-place-project-area-id = area
field-place-project-partner-org-ids = partner organisations
field-place-project-vision = vision
field-place-project-started-on = started on
field-place-project-coordinator-function = coordinating role
field-place-project-active = active
field-place-project-classification = classification

## inspection
field-inspection-project-id = place project
field-inspection-area-id = area
field-inspection-date = date
field-inspection-kind = type
field-inspection-participant-org-ids = participating organisations
field-inspection-summary = summary
field-inspection-pii-confirmed = personal data warning confirmed
field-inspection-classification = classification
field-inspection-active = active

## finding
field-finding-inspection-id = inspection
field-finding-place-id = place
field-finding-issue = issue
field-finding-suggested-action = suggested action
field-finding-owner-org-id = owning organisation
field-finding-action-id = action
field-finding-pii-confirmed = personal data warning confirmed
field-finding-classification = classification
field-finding-active = active

## theme
field-theme-code = code
field-theme-label-sv = Swedish label
field-theme-label-en = English label
field-theme-sort = sort order
field-theme-active = active
field-theme-classification = classification

## factor
field-factor-label = label
field-factor-factor-type = factor type
field-factor-context = context
field-factor-theme-ids = themes
field-factor-classification = classification
field-factor-active = active

## preventive_measure
field-preventive-measure-title = title
field-preventive-measure-description = description
field-preventive-measure-responsible-org-id = responsible organisation
field-preventive-measure-responsible-unit = responsible unit
field-preventive-measure-target-group = target group
field-preventive-measure-level = level
field-preventive-measure-theme-ids = themes
field-preventive-measure-factor-ids = risk and protective factors
field-preventive-measure-status = status
field-preventive-measure-last-follow-up-on = last followed up
field-preventive-measure-classification = classification
