# Fältens etiketter: field-<posttyp>-<fält>, för rapporter, historik och formulär.


## organisation
field-organisation-name = namn
field-organisation-short-name = kortnamn
field-organisation-kind = typ
field-organisation-is-authority = myndighet
field-organisation-active = aktiv
field-organisation-classification = informationsklass

## participant
field-participant-organisation-id = organisation
field-participant-function = funktion
field-participant-display-name = visningsnamn
field-participant-active = aktiv
field-participant-classification = informationsklass

## term
field-term-vocabulary = vokabulär
field-term-code = kod
field-term-label-sv = benämning på svenska
field-term-label-en = benämning på engelska
field-term-sort = sorteringsordning
field-term-active = aktiv
field-term-classification = informationsklass

## area
field-area-name = namn
field-area-kind = typ
field-area-code = kod
field-area-parent-id = överordnad
field-area-police-status = polisens områdesstatus
field-area-police-status-year = statusår
field-area-active = aktiv
field-area-classification = informationsklass

## place
field-place-area-id = område
field-place-name = namn
field-place-kind = typ
field-place-public-kind = platsens karaktär
field-place-lat = latitud
field-place-lon = longitud
field-place-active = aktiv
field-place-classification = informationsklass

## event_type
field-event-type-code = kod
field-event-type-label-sv = benämning på svenska
field-event-type-label-en = benämning på engelska
field-event-type-group-code = gruppkod
field-event-type-is-crime = brott
field-event-type-police-aliases = polisens typer
field-event-type-sort = sorteringsordning
field-event-type-active = aktiv
field-event-type-classification = informationsklass

## observation
field-observation-reporting-org-id = rapporterande organisation
field-observation-reporter-id = rapportör
field-observation-event-type-id = händelsetyp
field-observation-area-id = område
field-observation-place-id = plats
field-observation-occurred-on = datum
field-observation-occurred-until = till och med
field-observation-time-from = klockslag från
field-observation-time-to = klockslag till
field-observation-day-period = dygnsperiod
field-observation-reported-at = rapporterad
field-observation-description = beskrivning
field-observation-grade = bedömning
field-observation-severity = allvarlighetsnivå
field-observation-count-estimate = uppskattat antal
field-observation-source = källa
field-observation-external-ref = extern referens
field-observation-review-status = granskningsstatus
field-observation-duplicate-of-id = dubblett av
field-observation-pii-confirmed = personuppgiftsvarning bekräftad
field-observation-classification = informationsklass

## police_event
field-police-event-police-id = polisens id
field-police-event-published-at = publicerad
field-police-event-incident-at = inträffade
field-police-event-name = namn
field-police-event-summary = sammanfattning
field-police-event-url = webbadress
field-police-event-police-type = polisens typ
field-police-event-event-type-id = händelsetyp
field-police-event-county = län
field-police-event-municipality = kommun
field-police-event-lat = latitud
field-police-event-lon = longitud
field-police-event-observation-id = iakttagelse
field-police-event-classification = informationsklass

## meeting
field-meeting-kind = typ
field-meeting-group-name = gruppens namn
field-meeting-date = datum
field-meeting-start-time = starttid
field-meeting-end-time = sluttid
field-meeting-location = plats
field-meeting-chair = ordförande
field-meeting-note-taker = antecknare
field-meeting-adjuster = justerare
field-meeting-status = status
field-meeting-approved-on = justerad
field-meeting-dnr = diarienummer
field-meeting-notes = anteckningar
field-meeting-classification = informationsklass

## attendance
field-attendance-meeting-id = möte
field-attendance-organisation-id = organisation
field-attendance-presence = närvaro
field-attendance-until-item = till och med §
field-attendance-functions = funktioner
field-attendance-adjunct = adjungerad
field-attendance-classification = informationsklass

## agenda_item
field-agenda-item-meeting-id = möte
field-agenda-item-number = nummer
field-agenda-item-kind = typ
field-agenda-item-area-id = område
field-agenda-item-title = rubrik
field-agenda-item-text = text
field-agenda-item-decision = beslut
field-agenda-item-classification = informationsklass

## situation_picture
field-situation-picture-level = nivå
field-situation-picture-period-start = periodens början
field-situation-picture-period-end = periodens slut
field-situation-picture-scope-area-id = område som omfattas
field-situation-picture-meeting-id = möte
field-situation-picture-summary = sammanfattning
field-situation-picture-status = status
field-situation-picture-established-by = fastställd av
field-situation-picture-established-at = fastställd
field-situation-picture-distribution = sändlista
field-situation-picture-classification = informationsklass

## area_assessment
field-area-assessment-picture-id = lägesbild
field-area-assessment-area-id = område
field-area-assessment-level = nivå
field-area-assessment-trend = trend
field-area-assessment-key-event-type-ids = centrala händelsetyper
field-area-assessment-text = text
field-area-assessment-is-priority = prioriterat
field-area-assessment-priority-rank = prioritetsordning
field-area-assessment-hot-spot-place-ids = hot spots
field-area-assessment-classification = informationsklass

## action
field-action-title = rubrik
field-action-description = beskrivning
field-action-kind = typ
field-action-horizon = tidshorisont
field-action-area-id = område
field-action-place-id = plats
field-action-responsible-org-id = ansvarig organisation
field-action-responsible-function = ansvarig funktion
field-action-partner-org-ids = samverkansparter
field-action-start-on = startdatum
field-action-due-on = klart senast
field-action-due-week = klart vecka
field-action-recurrence = återkommer
field-action-status = status
field-action-origin = ursprung
field-action-meeting-id = möte
field-action-plan-item-id = planpunkt
field-action-priority-id = prioriterat område
field-action-promise-activity-id = aktivitet
field-action-finding-id = iakttagelse vid besiktning
field-action-theme-ids = teman
field-action-factor-ids = risk- och skyddsfaktorer
field-action-expected-effect = förväntad effekt
field-action-result = resultat
field-action-done-on = klar
field-action-pii-confirmed = personuppgiftsvarning bekräftad
field-action-classification = informationsklass

## follow_up
field-follow-up-subject-kind = gäller posttyp
field-follow-up-subject-id = gäller post
field-follow-up-meeting-id = möte
field-follow-up-date = datum
field-follow-up-status-after = status efter
field-follow-up-comment = kommentar
field-follow-up-pii-confirmed = personuppgiftsvarning bekräftad
field-follow-up-classification = informationsklass

## problem
field-problem-title = rubrik
field-problem-description = beskrivning
field-problem-area-ids = områden
field-problem-event-type-ids = händelsetyper
field-problem-evidence = underlag
field-problem-priority = prioritering
field-problem-pii-confirmed = personuppgiftsvarning bekräftad
field-problem-classification = informationsklass
field-problem-active = aktiv

## cause
field-cause-problem-id = problembild
field-cause-perspective = perspektiv
field-cause-triangle-side = brottstriangeln
field-cause-description = beskrivning
field-cause-certainty = säkerhet
field-cause-pii-confirmed = personuppgiftsvarning bekräftad
field-cause-classification = informationsklass
field-cause-active = aktiv

## action_plan
field-action-plan-title = rubrik
field-action-plan-period-start = periodens början
field-action-plan-period-end = periodens slut
field-action-plan-based-on-picture-id = bygger på lägesbild
field-action-plan-decided-by = beslutad av
field-action-plan-decision-ref = beslut (diarienummer)
field-action-plan-decided-on = beslutsdatum
field-action-plan-review-interval-months = uppföljningsintervall (månader)
field-action-plan-status = status
field-action-plan-place-project-id = platssamverkan
field-action-plan-classification = informationsklass

## plan_item
field-plan-item-plan-id = åtgärdsplan
field-plan-item-number = nummer
field-plan-item-title = rubrik
field-plan-item-problem-id = problembild
field-plan-item-cause-ids = orsaker
field-plan-item-goal-id = mål
field-plan-item-responsible-org-id = ansvarig organisation
field-plan-item-start-on = startdatum
field-plan-item-end-on = slutdatum
field-plan-item-resources = resurser
field-plan-item-classification = informationsklass
field-plan-item-active = aktiv

## goal
field-goal-text = text
field-goal-measurable = mätbart
field-goal-plan-id = åtgärdsplan
field-goal-priority-id = prioriterat område
field-goal-place-project-id = platssamverkan
field-goal-classification = informationsklass
field-goal-active = aktiv

## indicator
field-indicator-goal-id = mål
field-indicator-name = namn
field-indicator-unit = enhet
field-indicator-source = källa
field-indicator-direction = riktning
field-indicator-baseline-value = utgångsläge
field-indicator-baseline-on = utgångsläge per
field-indicator-target-value = målvärde
field-indicator-target-on = måldatum
field-indicator-frequency = frekvens
field-indicator-classification = informationsklass

## indicator_value
field-indicator-value-indicator-id = indikator
field-indicator-value-period = period
field-indicator-value-measured-on = mätdatum
field-indicator-value-value = värde
field-indicator-value-note = notering
field-indicator-value-classification = informationsklass
field-indicator-active = aktiv

## agreement
field-agreement-title = rubrik
field-agreement-party-org-ids = parter
field-agreement-period-start = periodens början
field-agreement-period-end = periodens slut
field-agreement-signed-by = undertecknad av
field-agreement-signed-on = undertecknad
field-agreement-revision-due = revideras senast
field-agreement-documentation-rule = dokumentationsregel
field-agreement-follow-up-rule = uppföljningsregel
field-agreement-appendix = bilaga
field-agreement-classification = informationsklass
field-agreement-active = aktiv

## priority
field-priority-agreement-id = överenskommelse
field-priority-number = nummer
field-priority-title = rubrik
field-priority-problem-picture = problembild
field-priority-causes = orsaker
field-priority-status = status
field-priority-classification = informationsklass

## citizen_promise
field-citizen-promise-agreement-id = överenskommelse
field-citizen-promise-period-start = periodens början
field-citizen-promise-period-end = periodens slut
field-citizen-promise-text = text
field-citizen-promise-basis = underlag
field-citizen-promise-place-ids = platser
field-citizen-promise-classification = informationsklass
field-citizen-promise-active = aktiv

## promise_activity
field-promise-activity-promise-id = medborgarlöfte
field-promise-activity-number = nummer
field-promise-activity-activity = aktivitet
field-promise-activity-scope = omfattning
field-promise-activity-responsible-org-id = ansvarig organisation
field-promise-activity-follow-up-forum = uppföljningsforum
field-promise-activity-status = status
field-promise-activity-classification = informationsklass

## place_project
field-place-project-name = namn
field-place-project-short-name = kortnamn
field-place-project-area-id = område
field-place-project-partner-org-ids = samverkansparter
field-place-project-vision = vision
field-place-project-started-on = startad
field-place-project-coordinator-function = samordnande funktion
field-place-project-active = aktiv
field-place-project-classification = informationsklass

## inspection
field-inspection-project-id = platssamverkan
field-inspection-area-id = område
field-inspection-date = datum
field-inspection-kind = typ
field-inspection-participant-org-ids = deltagande organisationer
field-inspection-summary = sammanfattning
field-inspection-pii-confirmed = personuppgiftsvarning bekräftad
field-inspection-classification = informationsklass
field-inspection-active = aktiv

## finding
field-finding-inspection-id = trygghetsbesiktning
field-finding-place-id = plats
field-finding-issue = problem
field-finding-suggested-action = förslag till åtgärd
field-finding-owner-org-id = ägande organisation
field-finding-action-id = åtgärd
field-finding-pii-confirmed = personuppgiftsvarning bekräftad
field-finding-classification = informationsklass
field-finding-active = aktiv

## theme
field-theme-code = kod
field-theme-label-sv = benämning på svenska
field-theme-label-en = benämning på engelska
field-theme-sort = sorteringsordning
field-theme-active = aktiv
field-theme-classification = informationsklass

## factor
field-factor-label = benämning
field-factor-factor-type = faktortyp
field-factor-context = sammanhang
field-factor-theme-ids = teman
field-factor-classification = informationsklass
field-factor-active = aktiv

## preventive_measure
field-preventive-measure-title = rubrik
field-preventive-measure-description = beskrivning
field-preventive-measure-responsible-org-id = ansvarig organisation
field-preventive-measure-responsible-unit = ansvarig enhet
field-preventive-measure-target-group = målgrupp
field-preventive-measure-level = nivå
field-preventive-measure-theme-ids = teman
field-preventive-measure-factor-ids = risk- och skyddsfaktorer
field-preventive-measure-status = status
field-preventive-measure-last-follow-up-on = senast uppföljd
field-preventive-measure-classification = informationsklass
