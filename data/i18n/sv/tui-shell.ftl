# Skalet runt skärmarna: tangentraden längst ned och statusraden.

## Tangentraden: vad en tangent gör (kort, gemener)
tui-key-cancel-job = avbryt jobbet
tui-key-scroll = bläddra
tui-key-page = en sida
tui-key-close = stäng
tui-key-yes = ja
tui-key-no = nej
tui-key-demo = demodata
tui-key-start-empty = börja tomt
tui-key-quit = avsluta
tui-key-next-field = nästa fält
tui-key-new-line = ny rad
tui-key-next-choice = byt val
tui-key-save = spara
tui-key-cancel = avbryt
tui-key-open = öppna
tui-key-next-hit = nästa träff
tui-key-previous-hit = föregående
tui-key-done = klar
tui-key-clear = rensa
tui-key-promote = för in i lägesbilden
tui-key-fetch = hämta
tui-key-observations = iakttagelser
tui-key-new = ny
tui-key-edit = ändra
tui-key-police = polisen
tui-key-filter = filter
tui-key-review-queue = granskning
tui-key-mark-reviewed = granskad
tui-key-overview = översikt
tui-key-follow-up = följ upp
tui-key-export = exportera
tui-key-overdue = försenade
tui-key-chain = kedja
tui-key-to-action = till åtgärd
tui-key-delete = ta bort
tui-key-next-list = nästa lista
tui-key-help = hjälp
tui-key-search = sök
tui-key-undo = ångra
tui-key-start-meeting = starta möte
tui-key-attendance = närvaro
tui-key-new-action = ny åtgärd
tui-key-level = läge
tui-key-trend = trend
tui-key-priority = prio
tui-key-hot-spot = hot spot
tui-key-new-event = ny händelse
tui-key-next-meeting = nästa möte
tui-key-close-meeting = avsluta möte
tui-key-next-step = nästa punkt
tui-key-previous-step = förra


## Statusraden
tui-status-error = Fel:
tui-status-filtering = Skriv för att filtrera · { $done } klar · { $clear } rensa
tui-status-last-change = Senaste ändring: { $change }
tui-status-cancelling = Avbryter: { $job }

## Exportformuläret (minnesanteckningar, åtgärdsplan)
tui-export-minutes-title = Exportera minnesanteckningar
tui-export-plan-title = Exportera åtgärdsplan eller kalender
tui-export-format-docx = Word (DOCX)
tui-export-format-html = HTML (utskrivbar sida)
tui-export-format-md = Markdown
tui-export-format-xlsx = Excel (XLSX)
tui-export-format-csv = CSV (semikolon, för Excel)
tui-export-format-ics = Kalender (ICS): nästa möte och slutdatum
tui-export-no-meeting = Det finns inget möte att exportera. Starta mötet med n först.
tui-export-running = Exporterar …
tui-export-choose-format = Välj ett format med ← → och försök igen.
tui-export-cancelled = Exporten avbröts. Ingen fil skrevs.
tui-export-written = Skrev { $path }.
tui-export-overwrite = Filen { $path } finns redan. Skriv över den med den nya exporten?

## Formulärens fotrad
tui-form-footer = * krävs · { $save } sparar · { $cancel } avbryter · inga personuppgifter i fritext
