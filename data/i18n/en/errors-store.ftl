# The database's errors (store::StoreError): what happened and what to do.

error-store-cancelled = The check was cancelled. Nothing was changed.
error-store-locked = The database { $path } is already in use by another lagesbild window or an import in progress. Close the other program and try again. (Reading commands such as list and stats work meanwhile.)
error-store-newer-schema = The database { $path } was made by a newer version of lagesbild (schema version { $found }; this version reads up to { $supported }). Update lagesbild before you open it.
error-store-missing = The database { $path } does not exist. Check the path, or start lagesbild without --db to make a new one.
error-store-not-a-database = The file { $path } is not a lagesbild database (or it is damaged or encrypted). Check the path in --db; if it is the right file, restore it from the latest backup in the same folder.
error-store-corrupt = The database { $path } is damaged ({ $detail }). Restore it from the latest backup in the same folder and run lagesbild check.
error-store-create-dir = Could not make the database's folder ({ $path }): { $reason }. Give another place with --db.
# English nouns have no gender: $gender selects nothing here
error-store-not-found = Found { $gender ->
       *[any] no
    } { $kind } with id { $id }.
error-store-unknown-field = A { $kind } has no field “{ $field }”.
error-store-invalid-value = Invalid value for { $kind }.{ $field }: { $reason }
error-store-read-only = The database is open read-only; changes cannot be saved here.
error-store-sqlite = Database error: { $reason }. Nothing has changed. Try again; if the error remains, run lagesbild check.
error-store-migration = The database could not be upgraded: { $reason }
error-store-io = Error reading or writing a file: { $reason }
error-store-json = Could not interpret stored data (it { $reason }). Run lagesbild check.

## SQLite's reason for a database error
error-sqlite-busy = the database is busy with another program
error-sqlite-disk-full = the disk is full
error-sqlite-read-only = the database may not be changed (read-only file or folder)
error-sqlite-cannot-open = the database file cannot be opened
error-sqlite-permission = permission denied
error-sqlite-io = read or write error on the disk
error-sqlite-corrupt = the database is damaged
error-sqlite-not-a-database = the file is not a database
error-sqlite-out-of-memory = out of memory
error-sqlite-constraint = a rule of the database was broken ({ $detail })
