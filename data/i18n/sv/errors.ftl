# Fel som en användare kan möta: vad som hände och vad man gör.

## Varför en filåtgärd misslyckades
error-io-not-found = filen eller mappen finns inte
error-io-permission-denied = behörighet saknas
error-io-already-exists = filen finns redan
error-io-storage-full = disken är full
error-io-is-a-directory = det är en mapp
error-io-not-a-directory = en del av sökvägen är inte en mapp
error-io-read-only = platsen är skrivskyddad
error-io-file-too-large = filen blir för stor
error-io-invalid-filename = ogiltigt filnamn
error-io-crosses-devices = målet ligger på en annan disk
error-io-unexpected-eof = filen tar slut för tidigt
error-io-invalid-data = innehållet är skadat
error-io-other = systemfel: { $reason }

## Var en JSON-text är fel (utan att citera texten)
error-json-at = { $what }, rad { $line } kolumn { $column }
error-json-io = kunde inte läsas
error-json-syntax = är inte giltig JSON
error-json-data = har fel innehåll (ett fält saknas, är okänt eller har fel typ)
error-json-eof = tar slut för tidigt
