# The TUI forms' lists: the multi-select list, filtering and places.

## The multi-select field's list
form-list-filter = Filter:
form-list-count = { $shown } of { $total }
form-list-none-match = No item contains “{ $filter }”. Backspace removes characters.
form-list-keys = { $toggle } chooses · { $close } closes the list
form-list-nothing-chosen = (nothing chosen – { $key } opens the list)

## The key bar
form-key-open-list = open the list
form-key-toggle = choose
form-key-down = next
form-key-close-list = close the list

## A pick list with search
form-choice-search = search: { $filter } · { $count ->
    [0] no match
    [one] one match
   *[other] { $count } matches
}

## A new place where a police event happened
form-key-new-place = new place here
form-police-place-title = New place at police event { $id }
form-police-no-position = Police event { $id } has no position in the police's data. Add the place on the Register tab instead.
