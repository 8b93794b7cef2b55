# Fel i inställningsfilen (config.rs): vad som är fel, var, och vad man gör.

error-config-read = Inställningsfilen { $path } kunde inte läsas: { $reason }
error-config-parse = Inställningsfilen { $path } har ett fel: { $problem } Rätta filen eller ta bort raden.
# $reason: ett av skälen nedan
error-config-at = På rad { $line }, tecken { $column }: { $reason }
error-config-unknown-setting = inställningen ”{ $name }” finns inte (de som finns: db, lang, theme, mouse, keys, minutes_title).
error-config-unknown-value = värdet ”{ $value }” finns inte för den här inställningen.
error-config-wrong-type = värdet har fel form för den här inställningen (text skrivs inom citattecken, ja/nej som true/false).
error-config-twice = inställningen står mer än en gång.
error-config-syntax = raden följer inte filens format (skriv namn = värde, med text inom citattecken).
