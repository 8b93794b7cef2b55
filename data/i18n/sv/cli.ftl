# Kommandoraden: meddelanden och hjälptexter.

## lagesbild demo
demo-loaded = Demodata för { $municipality } är inläst: vecka { $first_week } { $first_year } till vecka { $last_week } { $last_year } ({ $counts }).
