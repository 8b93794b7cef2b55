# Issue 14's last pieces: the heat map's short column names, "the other areas" in charts.

## A heat map column too narrow for the part of the day's whole name
analysis2-heat-short-morgon = morn.
analysis2-heat-short-dag = day
analysis2-heat-short-kvall = eve.
analysis2-heat-short-natt = night

## Charts of the weekly lägesbild with more areas than they have colours
analysis2-other-areas = Other areas ({ $count })
analysis2-other-areas-alt = The { $shown } areas with the most events are shown one by one; the other { $count } are summed as “Other areas”.
