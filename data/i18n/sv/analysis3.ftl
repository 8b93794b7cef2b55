# Issue 14's finishing pieces: the Analys header on an empty period, the top table's headings.

## Neither the period nor the same period a year earlier had an event
analysis3-nothing-to-compare = inget att jämföra
