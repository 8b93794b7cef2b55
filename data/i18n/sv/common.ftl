# Ord och mönster som många delar av programmet använder.

value-yes = ja
value-no = nej
value-empty = (tomt)

## Vad ett giltigt värde är (i felmeddelanden: "… är inte ett datum (ÅÅÅÅ-MM-DD)")
expects-text = en text
expects-integer = ett heltal
expects-number = ett tal
expects-bool = sant eller falskt
expects-date = ett datum (ÅÅÅÅ-MM-DD)
expects-time = ett klockslag (TT:MM)
expects-timestamp = en tidpunkt (ÅÅÅÅ-MM-DDTTT:MM:SSZ)
expects-local-timestamp = en tidpunkt (ÅÅÅÅ-MM-DDTTT:MM:SS)
expects-id = id för en annan post
expects-week = en vecka (ÅÅÅÅ-Wvv)
expects-id-list = en lista med id för andra poster
expects-text-list = en lista med texter

## Ett antal poster av ett slag: count-<posttyp>, med $count
count-organisation = { $count } { $count ->
    [one] organisation
   *[other] organisationer
}
count-participant = { $count } { $count ->
    [one] deltagare
   *[other] deltagare
}
count-term = { $count } { $count ->
    [one] begrepp
   *[other] begrepp
}
count-area = { $count } { $count ->
    [one] område
   *[other] områden
}
count-place = { $count } { $count ->
    [one] plats
   *[other] platser
}
count-event-type = { $count } { $count ->
    [one] händelsetyp
   *[other] händelsetyper
}
count-observation = { $count } { $count ->
    [one] iakttagelse
   *[other] iakttagelser
}
count-police-event = { $count } { $count ->
    [one] polishändelse
   *[other] polishändelser
}
count-meeting = { $count } { $count ->
    [one] möte
   *[other] möten
}
count-attendance = { $count } { $count ->
    [one] närvaronotering
   *[other] närvaronoteringar
}
count-agenda-item = { $count } { $count ->
    [one] dagordningspunkt
   *[other] dagordningspunkter
}
count-situation-picture = { $count } { $count ->
    [one] lägesbild
   *[other] lägesbilder
}
count-area-assessment = { $count } { $count ->
    [one] områdesbedömning
   *[other] områdesbedömningar
}
count-action = { $count } { $count ->
    [one] åtgärd
   *[other] åtgärder
}
count-follow-up = { $count } { $count ->
    [one] uppföljning
   *[other] uppföljningar
}
count-problem = { $count } { $count ->
    [one] problembild
   *[other] problembilder
}
count-cause = { $count } { $count ->
    [one] orsak
   *[other] orsaker
}
count-action-plan = { $count } { $count ->
    [one] åtgärdsplan
   *[other] åtgärdsplaner
}
count-plan-item = { $count } { $count ->
    [one] planpunkt
   *[other] planpunkter
}
count-goal = { $count } { $count ->
    [one] mål
   *[other] mål
}
count-indicator = { $count } { $count ->
    [one] indikator
   *[other] indikatorer
}
count-indicator-value = { $count } { $count ->
    [one] indikatorvärde
   *[other] indikatorvärden
}
count-agreement = { $count } { $count ->
    [one] samverkansöverenskommelse
   *[other] samverkansöverenskommelser
}
count-priority = { $count } { $count ->
    [one] prioriterat område
   *[other] prioriterade områden
}
count-citizen-promise = { $count } { $count ->
    [one] medborgarlöfte
   *[other] medborgarlöften
}
count-promise-activity = { $count } { $count ->
    [one] aktivitet
   *[other] aktiviteter
}
count-place-project = { $count } { $count ->
    [one] platssamverkan
   *[other] platssamverkningar
}
count-inspection = { $count } { $count ->
    [one] trygghetsbesiktning
   *[other] trygghetsbesiktningar
}
count-finding = { $count } { $count ->
    [one] iakttagelse vid besiktning
   *[other] iakttagelser vid besiktning
}
count-theme = { $count } { $count ->
    [one] tema
   *[other] teman
}
count-factor = { $count } { $count ->
    [one] risk- och skyddsfaktor
   *[other] risk- och skyddsfaktorer
}
count-preventive-measure = { $count } { $count ->
    [one] förebyggande insats
   *[other] förebyggande insatser
}

## Datum och tider i löptext
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
month-1 = januari
month-2 = februari
month-3 = mars
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = augusti
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
date-long = { $day } { $month } { $year }
time-of-day = { $hours }.{ $minutes }
time-span = kl. { $from }–{ $to }
time-at = kl. { $from }
