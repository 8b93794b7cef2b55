# The TUI's house of screens (issue 10): the delete question for a record others refer to.

# What refers to the record is counted per kind, with names when few: { $referrers }.
house-ask-deactivate = { $kind } ”{ $name }” kan inte tas bort: { $count ->
    [one] 1 post hänvisar
   *[other] { $count } poster hänvisar
} till posten ({ $referrers }). Inaktivera posten i stället? Den försvinner då ur valen men finns kvar i historik och rapporter.
