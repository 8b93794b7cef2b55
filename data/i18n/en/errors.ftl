# Errors a user can meet: what happened and what to do.

## Why a file operation failed
error-io-not-found = the file or folder does not exist
error-io-permission-denied = permission denied
error-io-already-exists = the file already exists
error-io-storage-full = the disk is full
error-io-is-a-directory = it is a folder
error-io-not-a-directory = part of the path is not a folder
error-io-read-only = the place is read-only
error-io-file-too-large = the file gets too large
error-io-invalid-filename = invalid file name
error-io-crosses-devices = the target is on another disk
error-io-unexpected-eof = the file ends too early
error-io-invalid-data = the content is damaged
error-io-other = system error: { $reason }

## Where a JSON text is wrong (without quoting the text)
error-json-at = { $what }, line { $line } column { $column }
error-json-io = could not be read
error-json-syntax = is not valid JSON
error-json-data = has the wrong content (a field is missing, unknown or of the wrong type)
error-json-eof = ends too early
