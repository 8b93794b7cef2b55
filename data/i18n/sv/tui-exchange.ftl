# The Utbyte screen (issue 11): this copy's identity, the trusted partners, the conflicts.

## Key bar
exchange-key-keep = behåll
exchange-key-take = ta andra
exchange-key-all = alla
exchange-key-partners = partner
exchange-key-init = skapa identitet
exchange-key-import = importera
exchange-key-export = exportera
exchange-key-conflicts = konflikter
exchange-key-check = kontrollera

## Overview
exchange-title = Utbyte med partner
exchange-loading = Läser in …
exchange-no-identity = ⚠ Den här kopian har ingen partneridentitet ännu.
exchange-no-identity-press = Tryck { $key } och ange organisationens namn, eller kör i ett terminalfönster:
exchange-no-identity-command = lagesbild partner init --name "Organisationens namn"
exchange-no-identity-then = Ge sedan nyckeln (lagesbild partner show-key) till partnerna och läs upp fingeravtrycket.
exchange-this-copy = Den här kopian
exchange-own-name = Namn: { $name }
exchange-own-partner-id = Partner-id: { $id }
exchange-own-fingerprint = Fingeravtryck (läs upp):
exchange-open-conflicts = ⚠ { $count ->
    [one] { $count } öppen konflikt
   *[other] { $count } öppna konflikter
} – { $key } visar dem och låter dig välja värde.
exchange-no-open-conflicts = ✓ Inga öppna konflikter.
exchange-import-export-hint = { $import } importerar ett paket · { $export } exporterar ett paket till vald partner
exchange-status-error = Fel: { $text }
exchange-status-last = Senast: { $text }

## Partners
exchange-trusted = Betrodda partner ({ $count })
exchange-no-partners = Inga ännu. Lägg till en med lagesbild partner trust NAMN NYCKEL.
exchange-column-partner = Partner
exchange-column-fingerprint = Fingeravtryck
exchange-column-last-received = Senast mottaget
exchange-column-last-sent = Senast skickat
exchange-column-received = Mottaget
exchange-column-sent = Skickat
# "2026-11-19 14:02 (120 ändr.)": when a bundle came or went, and how many changes it held.
exchange-bundle-cell = { $when } ({ $count } ändr.)
exchange-revoked = ✗ återkallad

## Conflicts
exchange-conflicts-title = Konflikter · { $at } av { $total }
exchange-conflicts-title-all = Konflikter (även lösta) · { $at } av { $total }
exchange-no-conflicts = Inga konflikter.
exchange-no-open-conflicts-all = ✓ Inga öppna konflikter. { $key } visar även lösta.
exchange-conflict-open = ⚠ öppen
exchange-conflict-resolved = ✓ löst
exchange-conflict-delete-race = borttagen eller ändrad
exchange-conflict-field = fält { $field }
exchange-current-value = Nuvarande värde ({ $key } behåller)
exchange-other-value = Det andra värdet ({ $key } tar det)
exchange-side-partner = Partner: { $value }
exchange-side-actor = Av: { $value }
exchange-side-time = Tid: { $value } UTC
exchange-side-value = Värde: { $value }

## Messages and forms
exchange-import-question = { $text } Importera paketet?
exchange-file-exists = Filen { $file } finns redan. Skriv över den med det nya paketet?
exchange-identity-exists = Den här kopian har redan en identitet. Den visas överst.
exchange-no-identity-short = Den här kopian har ingen partneridentitet ännu. Tryck { $key } och ange organisationens namn.
exchange-show-conflicts-first = Visa konflikterna först med { $conflicts }, välj en och tryck { $keep } eller { $take }.
exchange-conflict-already-resolved = Den här konflikten är redan löst.
exchange-no-conflict = Det finns ingen konflikt att lösa.
exchange-form-identity = Partneridentitet för den här kopian
exchange-field-organisation-name = Organisationens namn
exchange-field-file = Fil
exchange-form-import = Importera paket från partner
exchange-form-export = Exportera paket till { $partner }
exchange-no-trusted-partner = Det finns ingen betrodd partner. Lägg till en med lagesbild partner trust NAMN NYCKEL.
exchange-partner-revoked = { $partner } är inte längre betrodd. Välj en annan partner med ↑↓.
exchange-writing-bundle = Skriver paketet …
exchange-importing = Importerar …
