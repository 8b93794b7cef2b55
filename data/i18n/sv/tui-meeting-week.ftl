# Möte: the week at a glance (the dashboard) and an area's detail in the meeting's step 3;
# the demo's meeting series.

demo-series-bad-time = ”{ $time }” är ingen giltig tid (tt:mm)
