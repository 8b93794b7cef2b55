# Utbyte mellan partner: varför ett paket inte togs emot, nyckel- och partnerfel, och vad
# en import eller export berättar. Siffror i ändringsnummer och versioner skickas som text
# (de ska inte grupperas: "ändring nr 12345").

## Ett paket som inte togs emot ($reason är en av texterna nedan)
error-bundle-rejected = Paketet togs inte emot: { $reason }. Inget i databasen har ändrats.
error-cancelled = Avbrutet. Inget ändrades.
error-bundle-unpack = innehållet går inte att packa upp: filen är skadad eller avkortad
error-bundle-unpacked-too-large = uppackat blir innehållet större än de { $limit } MB ett paket får vara
error-bundle-no-header = filen är inte ett utbytespaket från lagesbild (huvudet saknas eller är skadat)
error-bundle-newer-container-by = paketet är skrivet av lagesbild { $version } i ett nyare format (utbytesformat { $newer }; den här versionen läser till och med { $supported }). Installera lagesbild { $version } eller senare och importera paketet igen
error-bundle-newer-container = paketet är skrivet av en nyare version av lagesbild (utbytesformat { $newer }; den här versionen läser till och med { $supported }). Installera den senaste versionen och importera paketet igen
error-bundle-bad-signature = signaturen stämmer inte: paketet har ändrats efter att det skrevs, eller är inte skrivet med den nyckel det uppger
error-bundle-too-deep = innehållet är för djupt nästlat
error-bundle-unreadable = innehållet går inte att läsa ({ $reason })
error-bundle-not-a-bundle = filen är inte ett utbytespaket från lagesbild
error-bundle-newer-format = paketet är skapat av en nyare version av lagesbild (format { $format }; den här versionen läser till och med { $supported }). Uppdatera lagesbild och importera igen
error-bundle-bad-format = innehållet följer inte formatet ({ $reason })
error-bundle-name-too-long = ett namn i paketet är orimligt långt
error-bundle-op-too-large = ändring nr { $seq } är orimligt stor
error-bundle-bad-key = paketet anger en nyckel med fel form
error-bundle-unknown-key = paketet är signerat med en nyckel som inte finns i er lista över betrodda partner (fingeravtryck { $fingerprint }). Kontrollera nyckeln med avsändaren per telefon och lägg till den med lagesbild partner trust
error-bundle-revoked-key = nyckeln som paketet är signerat med ({ $partner }) är återkallad sedan { $since }
error-bundle-other-sender = paketet uppger en annan avsändare än den som signerat det ({ $partner })
error-bundle-other-recipient = paketet är skrivet till { $recipient }, inte till den här kopian
error-bundle-bad-seqs = paketets ändringsnummer är orimliga
error-bundle-too-many-ops = paketet har { $count } ändringar, fler än de { $limit } ett paket får ha. Be { $sender } kontakta förvaltaren av lagesbild
error-bundle-foreign-op = ändring nr { $seq } är gjord av en annan part än avsändaren; paket får bara innehålla avsändarens egna ändringar
error-bundle-clock-far-ahead = ändring nr { $seq } har en orimlig tidpunkt ({ $date }), mer än en vecka före er klocka; klockan hos { $sender } går fel. Be { $sender } rätta datorns klocka och exportera ett nytt paket
error-bundle-clock-unknown-time = ändring nr { $seq } har en orimlig tidpunkt (okänd tid), mer än en vecka före er klocka; klockan hos { $sender } går fel. Be { $sender } rätta datorns klocka och exportera ett nytt paket
error-bundle-bad-checksum = ändring nr { $seq } stämmer inte med sin kontrollsumma
error-bundle-chain-gaps = paketets kedja av ändringar har luckor eller dubbletter
error-bundle-chain-broken = paketets kedja av kontrollsummor är bruten
# $count: hur många ändringar som saknas; $seqs: deras nummer ("5" eller "5–7")
error-bundle-missing-before = det saknas { $count ->
        [one] ändring
       *[other] ändringar
    } nr { $seqs } från { $sender }: ett tidigare paket har inte importerats här. Importera det paketet först, eller be { $sender } exportera ett nytt paket till er (det tar med allt ni inte har bekräftat)
error-bundle-chain-mismatch = paketets kedja hänger inte ihop med det ni tidigare fått från { $sender }
error-bundle-file-too-large = filen är { $size } MB, större än de { $limit } MB ett paket får vara
error-bundle-too-large = filen är större än ett paket får vara
error-bundle-forged-id = ett annat paket med samma id ({ $id }) är redan importerat; det här är en förfalskning eller ett fel hos { $sender }
# Ett skäl som lagret ger med egna ord (store::import::ImportError, ännu inte i katalogen)
error-bundle-store-reason = { $reason }
error-bundle-op-not-applicable = en ändring går inte att tillämpa: { $reason }
error-bundle-dangling = { $reason }; { $sender } hänvisar till poster som varken finns här eller i paketet. Be { $sender } kontakta förvaltaren av lagesbild
error-bundle-import-first = { $reason }. Importera först det senaste paketet från { $partners } (som { $sender } redan har tagit emot), och importera sedan det här igen

## Nycklar
error-key-lost-advice = Lägg tillbaka nyckelfilen från säkerhetskopian, eller skapa en ny nyckel med lagesbild partner new-key och skicka den nya nyckeln till partnerna (de kör lagesbild partner trust med den).
error-key-bad-form = Nyckeln har fel form. Den ska se ut som lagesbild-nyckel:<id>:<64 tecken> – kopiera hela raden som partnern fick från lagesbild partner show-key.
error-key-weak = Det där är ingen användbar nyckel: nyckeln är en svag punkt som vem som helst kan förfalska signaturer för. Be partnern skicka raden från lagesbild partner show-key igen.
error-key-no-randomness = Kunde inte skapa en slumpmässig nyckel ({ $reason }). Försök igen.
error-key-exists = Det finns redan en nyckel för den här kopian ({ $path }). Ta inte bort den: partnerna litar på den.
error-key-missing = Hittar ingen nyckel för den här kopian ({ $path }). { error-key-lost-advice }
error-key-damaged = Nyckelfilen { $path } är skadad. Återställ den från säkerhetskopian; annars måste partnerna lita på en ny nyckel.

## Partner
error-partner-name-empty = Ange organisationens namn, till exempel { $example }.
error-partner-name-too-long = Namnet får vara högst { $max } tecken långt, på en rad. Ange ett kortare namn, till exempel { $example }.
error-partner-has-identity = Den här kopian har redan en identitet: { $name }. Visa nyckeln med lagesbild partner show-key.
error-partner-foreign-key-file = Det finns redan en nyckelfil { $path } som den här kopian inte har skapat, och lagesbild tar inte över en nyckel som någon annan kan ha en kopia av. Flytta bort filen och kör partner init igen. (Återställer du en kopia från säkerhetskopian: lägg tillbaka databasen och nyckeln tillsammans.)
error-partner-no-identity = Den här kopian har ingen partneridentitet ännu. Kör lagesbild partner init --name "Organisationens namn".
error-partner-key-file-exists = Nyckelfilen { $path } finns redan; partnerna litar på den. En ny nyckel skapas bara när den gamla har försvunnit.
error-partner-key-file-mismatch = Nyckelfilen { $path } hör inte till den här databasen. Lägg tillbaka rätt nyckelfil från säkerhetskopian.
error-partner-revoked = Nyckeln återkallades { $since } (för { $name }). Ska den gälla igen, till exempel efter ett misstag, lägg till --retrust. Har nyckeln kommit i orätta händer: be partnern skapa en ny.
error-partner-revoked-earlier = Nyckeln återkallades tidigare (för { $name }). Ska den gälla igen, till exempel efter ett misstag, lägg till --retrust. Har nyckeln kommit i orätta händer: be partnern skapa en ny.
error-partner-own-key = Det där är den här kopians egen nyckel. Ange nyckeln som partnern fick från lagesbild partner show-key.
error-partner-name-taken = Namnet ”{ $name }” används redan för en annan partner. Välj ett annat namn, eller ta bort den gamla med lagesbild partner untrust.
error-partner-known-as = Nyckeln hör till en partner som redan finns i listan som ”{ $name }”. Använd det namnet.
error-partner-not-saved = Partnern kunde inte sparas. Försök igen.
error-partner-unknown-untrust = Det finns ingen betrodd partner som heter ”{ $name }”. Se listan med lagesbild partner list.
error-partner-unknown = Det finns ingen betrodd partner som heter ”{ $name }”. Lägg till den med lagesbild partner trust NAMN NYCKEL, eller se listan med lagesbild partner list.

## Konflikter
error-conflict-gone = Konflikten finns inte eller är redan löst. Uppdatera listan.
error-conflict-owner-restores = Bara { $owner }, som äger posten, kan återställa den. Välj att behålla borttagningen (--keep), eller be { $owner } återställa posten.
error-conflict-the-owner = ägaren
exchange-conflict-this-copy = den här kopian
exchange-conflict-deleted = borttagen

## Vad en import eller export berättar
exchange-import-counts = { $new ->
        [one] 1 ny
       *[other] { $new } nya
    }, { $already } redan { $already ->
        [one] importerad
       *[other] importerade
    }, { $conflicts ->
        [one] 1 konflikt
       *[other] { $conflicts } konflikter
    }
exchange-import-parked = , { $count } väntar på poster som inte har kommit hit än
exchange-import-refused = , { $count ->
        [one] 1 tidigare mottagen ändring avvisad
       *[other] { $count } tidigare mottagna ändringar avvisade
    } (se granskningsloggen)
exchange-import-preview = Paket från { $sender } (skrivet { $written }): { $counts }. Inget är importerat än.
exchange-import-done = Importerat från { $sender }: { $counts }.
exchange-import-again = Paketet från { $sender } är redan importerat { $at }.
exchange-import-clock-ahead = Varning: { $sender }s klocka går { $hours } timmar före er. Ändringarna ordnas ändå rätt, men be dem kontrollera datorns klocka.
exchange-import-waiting = { $count ->
        [one] 1 ändring
       *[other] { $count } ändringar
    } från { $partner } har väntat sedan { $since } på poster som inte har kommit hit. { $count ->
        [one] Den
       *[other] De
    } påverkar ingenting här. Posterna är troligen interna hos { $partner } eller borttagna innan de skickades: fråga { $partner } om ni behöver dem; annars kan ändringarna lämnas som de är.
exchange-export-nothing-new = Paket till { $partner } sparat i { $file }: inga nya ändringar (det bekräftar bara vad ni har tagit emot).
# $seqs: ändringarnas nummer ("5" eller "5–7"); $withheld: interna ändringar som inte skickades
exchange-export-saved = Paket till { $partner } sparat i { $file }: { $count ->
        [one] 1 ändring
       *[other] { $count } ändringar
    } (nr { $seqs }), { $withheld ->
        [one] 1 intern utelämnad
       *[other] { $withheld } interna utelämnade
    }.

