# Errors with a file (files::FileError): what happened and what to do.

error-file-exists = The file { $path } already exists and is not overwritten. Choose another file name, or (on the command line) add --overwrite to replace it.
# $example: the folder with a file name after it (error-file-example-name)
error-file-directory = { $path } is a folder. Give a file name, for example { $example }.
error-file-example-name = file
# $what: what the file is (file-what-…)
error-file-protected = { $path } is { $what } and is not overwritten. Choose another file name (for example in the Documents folder).
error-file-not-regular = { $path } is not a regular file (but for example a device, a named pipe or a folder). Give the path of a file.
error-file-too-large = The file { $path } is { $size } MB, larger than the { $limit } MB accepted. Check that it is the right file.
error-file-missing = Could not read the file { $path }: it does not exist. Check the path.
error-file-write = Could not write { $path } ({ $reason }). Check that the folder exists, that there is room on the disk, that you may write there and that the file is not open in another program.
error-file-read = Could not read { $path } ({ $reason }). Check the path and that you may read the file.

## The database's files, which no export may land on
file-what-database = the database
file-what-wal = part of the database (-wal)
file-what-shm = part of the database (-shm)
file-what-journal = part of the database (-journal)
file-what-lock = the database's lock file
file-what-key = this copy's signing key
file-what-backup = a backup of the database
