# Demodatans och de inbyggda filernas fel (seed::SeedError).

# $detail: tolkens eller datans egna ord, för den som byggt programmet
error-seed-toml = Den inbyggda filen { $file } kunde inte tolkas: { $detail }. Programmet är felaktigt byggt; installera om lagesbild eller kontakta den som byggt det.
error-seed-data = Den inbyggda filen { $file } innehåller ett fel: { $detail }. Programmet är felaktigt byggt; installera om lagesbild eller kontakta den som byggt det.
error-seed-demo-loaded = Demodata är redan inläst i den här databasen ({ $when }). Vill du börja om med demodata, starta lagesbild med en ny databas (--db NY_FIL).
error-seed-years = Antalet år med demodata måste vara mellan 1 och { $max }, inte { $given }.
error-seed-cancelled = Inläsningen av demodata avbröts. Inget sparades; databasen är som förut.
