# Issue 14's last pieces: the heat map's short column names, "the other areas" in charts.

## A heat map column too narrow for the part of the day's whole name
analysis2-heat-short-morgon = morg.
analysis2-heat-short-dag = dag
analysis2-heat-short-kvall = kväll
analysis2-heat-short-natt = natt

## Charts of the weekly lägesbild with more areas than they have colours
analysis2-other-areas = Övriga områden ({ $count })
analysis2-other-areas-alt = De { $shown } områdena med flest händelser visas var för sig; övriga { $count } är summerade som ”Övriga områden”.
