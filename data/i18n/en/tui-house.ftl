# The TUI's house of screens (issue 10): the delete question for a record others refer to.

# What refers to the record is counted per kind, with names when few: { $referrers }.
house-ask-deactivate = { $kind } “{ $name }” cannot be deleted: { $count ->
    [one] 1 record refers
   *[other] { $count } records refer
} to it ({ $referrers }). Deactivate it instead? It then leaves the choices but stays in history and reports.
