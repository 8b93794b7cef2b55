# The shell around the screens: tabs, help, search, confirmations, jobs, keymap errors, form hints.

tui-tab-meeting = Möte
tui-tab-situation = Lägesbild
tui-tab-actions = Åtgärder
tui-tab-agreement = Överenskommelse
tui-tab-prevention = Förebyggande
tui-tab-places = Platssamverkan
tui-tab-exchange = Utbyte
tui-tab-register = Register
tui-tab-agreement-short = Överensk.
tui-tab-prevention-short = Förebygg.
tui-tab-places-short = Platssamv.
tui-mode-global = Överallt
tui-mode-list = Listor
tui-mode-form = Formulär
tui-mode-filter = Filter
tui-mode-search = Sök
tui-mode-help = Hjälpen
tui-mode-confirm = Frågor
tui-mode-onboarding = Tom databas
tui-mode-job = Medan ett jobb pågår
tui-filter-prompt = Filter:{" "}
tui-help-keys = {"   "}{ $up }{ $down } bläddrar · { $close } stänger
tui-help-title = Hjälp – kortkommandon
tui-search-prompt = Sök:{" "}
tui-search-no-hits = Inga träffar.
tui-search-title = Sök i all text · { $open } öppnar · { $close } stänger
tui-confirm-title = Bekräfta
tui-confirm-yes-no = { $yes } = ja, { $no } = nej
tui-cancelled-nothing-saved = Avbrutet – inget sparades.
tui-form-discard-question = Formuläret har ändringar som inte är sparade. Stänga det och kasta ändringarna?
tui-form-pii-save-anyway = { $warning } Spara ändå? { $yes } = ja, annan tangent = tillbaka till texten.
tui-hint-date = ÅÅÅÅ-MM-DD
tui-hint-time = t.ex. 21.30
tui-hint-time-or-period = t.ex. 21.30 eller kväll
tui-hint-date-or-week = ÅÅÅÅ-MM-DD eller v. 48
tui-job-demo = Läser in demodata
tui-job-export = Skriver exporten
tui-job-preview = Läser paketet
tui-job-import = Importerar paketet (säkerhetskopia först)
tui-job-bundle-export = Skriver paketet
tui-job-police = Hämtar polisens händelser
tui-job-check = Kontrollerar kopian
tui-job-quick-check = Kontrollerar databasen
tui-error-runtime = Programmet kunde inte starta sin körmiljö: { $error }.
tui-error-terminal-io = Terminalfel: { $error }. Starta programmet igen.
tui-error-terminal = Terminalen kunde inte startas: { $error }. Prova ett annat terminalfönster.
tui-error-keymap = Inställningsfilens kortkommandon har ett fel: { $error }
tui-quit-cancelling = Avbryter ”{ $job }” och avslutar …
tui-quit-waiting = Avslutar när ”{ $job }” är klart …
tui-quit-unsaved-form = Formuläret har ändringar som inte är sparade. Avsluta ändå (ändringarna försvinner)?
tui-quit-ask-cancel = ”{ $job }” pågår. Avbryta det och avsluta? Inget av det blir kvar.
tui-quit-ask-wait = ”{ $job }” pågår och kan inte avbrytas. Avsluta när det är klart?
tui-keymap-bad-key = Tangenten ”{ $key }” för { $mode }.{ $command } förstås inte. Skriv till exempel "n", "ctrl+s", "enter" eller "pagedown".
tui-keymap-toml = { $error }
tui-keymap-not-a-table = [{ $mode }] i kortkommandona ska vara en tabell.
tui-keymap-user-not-a-table = [keys.{ $mode }] i inställningsfilen ska vara en tabell, till exempel [keys.{ $mode }] quit = "q".
tui-keymap-not-keys = keys.{ $mode }.{ $command } ska vara en tangent eller en lista av tangenter.
tui-keymap-unknown-mode = Kortkommandon: avsnittet [keys.{ $mode }] finns inte. Avsnitten heter { $modes }.
tui-keymap-unknown-command = Kortkommandon: keys.{ $mode }.{ $command } finns inte. Kommandona i [keys.{ $mode }] heter { $commands }. Se också hjälpen (?) i programmet.
tui-field-required = { $label } måste fyllas i.
tui-field-not-date-or-week = ”{ $value }” är varken ett datum eller en vecka. Skriv till exempel 2026-11-26 eller v. 48.
tui-field-name = Namn
tui-field-short-name = Kortnamn
tui-field-organisation-kind = Typ av organisation
tui-field-is-authority = Myndighet (OSL gäller)
tui-field-area-kind = Typ av område
tui-field-area-code = Kod (RegSO, DeSO)
tui-field-parent-area = Ligger i
tui-field-police-status = Polisens klassning
tui-field-police-status-year = Klassningens år
tui-field-place-kind = Typ av plats
tui-field-public-kind = Offentlig/privat
tui-field-code = Kod
tui-field-label-sv = Namn (svenska)
tui-field-label-en = Namn (engelska)
tui-field-group = Grupp
tui-field-is-crime = Brott
tui-field-police-aliases = Polisens händelsetyper
tui-field-sort = Ordning i listor
tui-field-title = Rubrik
tui-field-status = Status
tui-field-organisation = Organisation
tui-field-responsible-organisation = Ansvarig organisation
tui-field-from = Från
tui-field-to = Till
tui-field-note = Anteckning
tui-field-unnamed = fält
tui-field-position = Position (lat, lon)
tui-choice-none = (inget)
tui-choice-not-offered = (inaktiv, behålls)
tui-field-not-an-integer = ”{ $value }” är inget heltal. Skriv till exempel 2025.
tui-field-not-a-number = ”{ $value }” är inget tal. Skriv till exempel 12 eller 3.5.
tui-form-none-to-pick = Det finns { $code ->
        [term] inget
        [area] inget
        [meeting] inget
        [goal] inget
        [theme] inget
        [priority] inget
        [citizen_promise] inget
        [indicator_value] inget
       *[other] ingen
    } { $kind } att välja ännu: lägg in det först under fliken Register.
tui-form-new-record = { $code ->
        [term] Nytt
        [area] Nytt
        [meeting] Nytt
        [goal] Nytt
        [theme] Nytt
        [priority] Nytt
        [citizen_promise] Nytt
        [indicator_value] Nytt
       *[other] Ny
    } { $kind }
tui-form-edit-record = Ändra { $kind } ”{ $name }”
tui-form-nothing-changed = Inget var ändrat – inget sparades.
tui-key-name-space = Mellanslag
tui-key-name-backspace = Backsteg
