# The command line: messages and help texts.

## lagesbild demo
demo-loaded = Demo data for { $municipality } is loaded: week { $first_week } { $first_year } to week { $last_week } { $last_year } ({ $counts }).
