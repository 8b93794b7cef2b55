# Errors of the demo data and the built-in files (seed::SeedError).

# $detail: the parser's or the data's own words, for whoever built the program
error-seed-toml = The built-in file { $file } could not be read: { $detail }. The program is built wrongly; reinstall lagesbild or contact whoever built it.
error-seed-data = The built-in file { $file } contains an error: { $detail }. The program is built wrongly; reinstall lagesbild or contact whoever built it.
error-seed-demo-loaded = Demo data is already loaded in this database ({ $when }). To start over with demo data, start lagesbild with a new database (--db NEW_FILE).
error-seed-years = The number of years of demo data must be between 1 and { $max }, not { $given }.
error-seed-cancelled = Loading the demo data was stopped. Nothing was saved; the database is as before.
