# Databasens fel (store::StoreError): vad som hände och vad man gör.

error-store-cancelled = Kontrollen avbröts. Inget ändrades.
error-store-locked = Databasen { $path } används redan av ett annat lagesbild-fönster eller en pågående import. Stäng det andra programmet och försök igen. (Läsande kommandon som list och stats fungerar under tiden.)
error-store-newer-schema = Databasen { $path } är skapad av en nyare version av lagesbild (schemaversion { $found }; den här versionen kan läsa till och med { $supported }). Uppdatera lagesbild innan du öppnar den.
error-store-missing = Databasen { $path } finns inte. Kontrollera sökvägen, eller starta lagesbild utan --db för att skapa en ny.
error-store-not-a-database = Filen { $path } är ingen lagesbild-databas (eller så är den skadad eller krypterad). Kontrollera sökvägen i --db; är det rätt fil, återställ den från den senaste säkerhetskopian i samma mapp.
error-store-corrupt = Databasen { $path } är skadad ({ $detail }). Återställ den från den senaste säkerhetskopian i samma mapp och kör lagesbild check.
error-store-create-dir = Kunde inte skapa mappen för databasen ({ $path }): { $reason }. Ange en annan plats med --db.
# $gender: "neuter" (ett-ord: "inget område") eller "common" ("ingen åtgärd"); $kind: postens slag
error-store-not-found = Hittade { $gender ->
        [neuter] inget
       *[common] ingen
    } { $kind } med id { $id }.
error-store-unknown-field = Fältet ”{ $field }” finns inte för { $kind }.
error-store-invalid-value = Ogiltigt värde för { $kind }.{ $field }: { $reason }
error-store-read-only = Databasen är öppnad skrivskyddat; ändringar kan inte sparas här.
error-store-sqlite = Databasfel: { $reason }. Inget har ändrats. Försök igen; kvarstår felet, kör lagesbild check.
error-store-migration = Databasen kunde inte uppgraderas: { $reason }
error-store-io = Fel vid läsning eller skrivning av fil: { $reason }
error-store-json = Kunde inte tolka lagrad data (den { $reason }). Kör lagesbild check.

## SQLite:s skäl till ett databasfel
error-sqlite-busy = databasen är upptagen av ett annat program
error-sqlite-disk-full = disken är full
error-sqlite-read-only = databasen får inte ändras (skrivskyddad fil eller mapp)
error-sqlite-cannot-open = databasfilen går inte att öppna
error-sqlite-permission = behörighet saknas
error-sqlite-io = läs- eller skrivfel på disken
error-sqlite-corrupt = databasen är skadad
error-sqlite-not-a-database = filen är ingen databas
error-sqlite-out-of-memory = minnet tog slut
error-sqlite-constraint = en regel i databasen bröts ({ $detail })
