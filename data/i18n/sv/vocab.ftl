# Fasta vokabulärer: vocab-<vokabulär> är vokabulärens namn, vocab-<vokabulär>-<kod> ett värdes etikett.

## PoliceStatus
vocab-police-status = polisens områdesstatus
vocab-police-status-ingen = ingen
vocab-police-status-utsatt = utsatt område
vocab-police-status-riskomrade = riskområde
vocab-police-status-sarskilt_utsatt = särskilt utsatt område

## PublicKind
vocab-public-kind = platsens karaktär
vocab-public-kind-offentlig = offentlig
vocab-public-kind-halvoffentlig = halvoffentlig

## DayPeriod
vocab-day-period = dygnsperiod
vocab-day-period-morgon = morgon
vocab-day-period-dag = dag
vocab-day-period-kvall = kväll
vocab-day-period-natt = natt

## Grade
vocab-grade = bedömning
vocab-grade-1 = 1 låg
vocab-grade-2 = 2 medel
vocab-grade-3 = 3 hög

## Severity
vocab-severity = allvarlighetsnivå
vocab-severity-storning = störning
vocab-severity-sarskild_handelse = särskild händelse
vocab-severity-extraordinar_handelse = extraordinär händelse

## ObservationSource
vocab-observation-source = källa
vocab-observation-source-rapportor = rapportör
vocab-observation-source-polisens_oppna_data = polisens öppna data
vocab-observation-source-trygghetsvandring = trygghetsvandring
vocab-observation-source-etjanst = e-tjänst/allmänhet
vocab-observation-source-annan = annan
vocab-observation-source-mall = mall

## ReviewStatus
vocab-review-status = granskningsstatus
vocab-review-status-ny = ny
vocab-review-status-granskad = granskad
vocab-review-status-i_lagesbild = i lägesbild
vocab-review-status-avford = avförd
vocab-review-status-dubblett = dubblett

## MeetingKind
vocab-meeting-kind = mötestyp
vocab-meeting-kind-vecka = veckomöte
vocab-meeting-kind-tertial = tertialmöte
vocab-meeting-kind-ar = årsmöte
vocab-meeting-kind-platssamverkan = platssamverkan
vocab-meeting-kind-rad = brottsförebyggande råd

## MeetingStatus
vocab-meeting-status = mötesstatus
vocab-meeting-status-planerat = planerat
vocab-meeting-status-pagar = pågår
vocab-meeting-status-avslutat = avslutat
vocab-meeting-status-justerat = justerat

## Presence
vocab-presence = närvaro
vocab-presence-narvarande = närvarande
vocab-presence-forhinder = anmält förhinder
vocab-presence-delvis = delvis närvarande

## AgendaKind
vocab-agenda-kind = dagordningspunkt
vocab-agenda-kind-oppnande = Mötets öppnande
vocab-agenda-kind-dagordning = Godkännande av dagordning
vocab-agenda-kind-uppfoljning = Uppföljning av åtgärdslistan
vocab-agenda-kind-polisens_lagesbild = Polisens lägesbild
vocab-agenda-kind-omrade = Gemensam lägesbild – område
vocab-agenda-kind-analys = Analys och prioritering
vocab-agenda-kind-beslut = Åtgärder och insatser
vocab-agenda-kind-planerade_handelser = Planerade händelser
vocab-agenda-kind-information = Information och övriga frågor
vocab-agenda-kind-ovrigt = Övrigt
vocab-agenda-kind-nasta_mote = Nästa möte
vocab-agenda-kind-avslutande = Mötets avslutande

## PictureLevel
vocab-picture-level = lägesbildsnivå
vocab-picture-level-vecka = vecka
vocab-picture-level-tertial = tertial
vocab-picture-level-ar = år (lag 2023:196)
vocab-picture-level-platssamverkan = platssamverkan

## PictureStatus
vocab-picture-status = lägesbildens status
vocab-picture-status-utkast = utkast
vocab-picture-status-faststalld = fastställd

## AreaLevel
vocab-area-level = läge
vocab-area-level-lugnt = lugnt
vocab-area-level-forhojt = förhöjt
vocab-area-level-allvarligt = allvarligt

## Trend
vocab-trend = trend
vocab-trend-okande = ökande
vocab-trend-oforandrad = oförändrad
vocab-trend-minskande = minskande

## ActionKind
vocab-action-kind = åtgärdstyp
vocab-action-kind-situationell = situationell
vocab-action-kind-social = social
vocab-action-kind-kombinerad = kombinerad

## Horizon
vocab-horizon = tidshorisont
vocab-horizon-kort = kort sikt
vocab-horizon-lang = lång sikt

## ActionStatus
vocab-action-status = status
vocab-action-status-foreslagen = föreslagen
vocab-action-status-beslutad = beslutad
vocab-action-status-pagar = pågår
vocab-action-status-genomford = genomförd
vocab-action-status-installd = inställd

## ActionOrigin
vocab-action-origin = ursprung
vocab-action-origin-vecka = veckomöte
vocab-action-origin-atgardsplan = åtgärdsplan
vocab-action-origin-overenskommelse = samverkansöverenskommelse
vocab-action-origin-medborgarlofte = medborgarlöfte
vocab-action-origin-platssamverkan = platssamverkan
vocab-action-origin-besiktning = trygghetsbesiktning

## Perspective
vocab-perspective = perspektiv
vocab-perspective-situationell = situationellt
vocab-perspective-brottsutsatthet = brottsutsatthet
vocab-perspective-garningsperson = gärningsperson

## TriangleSide
vocab-triangle-side = brottstriangeln
vocab-triangle-side-plats = plats
vocab-triangle-side-offer_objekt = offer/objekt
vocab-triangle-side-garningsperson = gärningsperson

## Certainty
vocab-certainty = säkerhet
vocab-certainty-lag = låg
vocab-certainty-medel = medel
vocab-certainty-hog = hög

## DecisionBody
vocab-decision-body = beslutsorgan
vocab-decision-body-kf = kommunfullmäktige
vocab-decision-body-ks = kommunstyrelsen
vocab-decision-body-namnd = nämnd
vocab-decision-body-styrgrupp = styrgrupp

## PlanStatus
vocab-plan-status = planens status
vocab-plan-status-utkast = utkast
vocab-plan-status-beslutad = beslutad
vocab-plan-status-avslutad = avslutad

## IndicatorSource
vocab-indicator-source = indikatorns källa
vocab-indicator-source-bra_anmalda_brott = Brå anmälda brott
vocab-indicator-source-ntu = NTU
vocab-indicator-source-polisens_trygghetsmatning = Polisens trygghetsmätning
vocab-indicator-source-est = EST-rapporter
vocab-indicator-source-skolenkat = skolenkät
vocab-indicator-source-egen_enkat = egen enkät
vocab-indicator-source-annan = annan

## Direction
vocab-direction = riktning
vocab-direction-oka = öka
vocab-direction-minska = minska

## Frequency
vocab-frequency = frekvens
vocab-frequency-manad = månad
vocab-frequency-tertial = tertial
vocab-frequency-halvar = halvår
vocab-frequency-ar = år

## PromiseBasis
vocab-promise-basis = underlag
vocab-promise-basis-medborgardialog = medborgardialog
vocab-promise-basis-medarbetardialog = medarbetardialog
vocab-promise-basis-statistik = statistik

## InspectionKind
vocab-inspection-kind = typ av inventering
vocab-inspection-kind-trygghetsbesiktning = trygghetsbesiktning
vocab-inspection-kind-trygghetsvandring = trygghetsvandring
vocab-inspection-kind-enkat = enkät

## PreventionLevel
vocab-prevention-level = preventionsnivå
vocab-prevention-level-universell = universell
vocab-prevention-level-selektiv = selektiv
vocab-prevention-level-indikerad = indikerad

## FactorType
vocab-factor-type = faktortyp
vocab-factor-type-risk = riskfaktor
vocab-factor-type-skydd = skyddsfaktor

## FactorContext
vocab-factor-context = sammanhang
vocab-factor-context-individ = individ
vocab-factor-context-familj = familj
vocab-factor-context-kamrater_fritid = kamrater och fritid
vocab-factor-context-skola = skola
vocab-factor-context-samhalle = samhälle

## MeasureStatus
vocab-measure-status = insatsens status
vocab-measure-status-planerad = planerad
vocab-measure-status-aktiv = aktiv
vocab-measure-status-pausad = pausad
vocab-measure-status-avslutad = avslutad

## EntityKind
vocab-entity-kind = posttyp
vocab-entity-kind-organisation = organisation
vocab-entity-kind-participant = deltagare
vocab-entity-kind-term = begrepp
vocab-entity-kind-area = område
vocab-entity-kind-place = plats
vocab-entity-kind-event_type = händelsetyp
vocab-entity-kind-observation = iakttagelse
vocab-entity-kind-police_event = polishändelse
vocab-entity-kind-meeting = möte
vocab-entity-kind-attendance = närvaro
vocab-entity-kind-agenda_item = dagordningspunkt
vocab-entity-kind-situation_picture = lägesbild
vocab-entity-kind-area_assessment = områdesbedömning
vocab-entity-kind-action = åtgärd
vocab-entity-kind-follow_up = uppföljning
vocab-entity-kind-problem = problembild
vocab-entity-kind-cause = orsak
vocab-entity-kind-action_plan = åtgärdsplan
vocab-entity-kind-plan_item = planpunkt
vocab-entity-kind-goal = mål
vocab-entity-kind-indicator = indikator
vocab-entity-kind-indicator_value = indikatorvärde
vocab-entity-kind-agreement = samverkansöverenskommelse
vocab-entity-kind-priority = prioriterat område
vocab-entity-kind-citizen_promise = medborgarlöfte
vocab-entity-kind-promise_activity = aktivitet
vocab-entity-kind-place_project = platssamverkan
vocab-entity-kind-inspection = trygghetsbesiktning
vocab-entity-kind-finding = iakttagelse vid besiktning
vocab-entity-kind-theme = tema
vocab-entity-kind-factor = risk- och skyddsfaktor
vocab-entity-kind-preventive_measure = förebyggande insats

## Classification
vocab-classification = informationsklassning
vocab-classification-oppen = öppen
vocab-classification-begransad = begränsad
vocab-classification-intern = intern

## OpKind
vocab-op-kind = ändringstyp
vocab-op-kind-create = skapad
vocab-op-kind-set = ändrad
vocab-op-kind-delete = borttagen
vocab-op-kind-undelete = återställd
vocab-op-kind-resolve = konflikt löst
vocab-op-kind-purge = gallrad

## Vem som ska kontaktas när en iakttagelse är allvarligare än en störning
severity-escalation-sarskild-handelse = Kontakta tjänsteperson i beredskap (TiB). TiB bedömer om krisledningen ska informeras.
severity-escalation-extraordinar-handelse = Larma tjänsteperson i beredskap (TiB) omedelbart. Krisledningsnämnden och krisledningsstaben kan behöva aktiveras.
