# The records on the tabs Actions, Agreement, Prevention and Place collaboration:
# create, change, delete or deactivate.

records-gone = The record is no longer there (someone deleted it). Nothing was changed.
records-cannot-retire = { $kind } “{ $name }” cannot be deleted because { $referrers } refer to it, and this kind of record cannot be deactivated. Delete or change what refers to it first. Nothing was changed.
