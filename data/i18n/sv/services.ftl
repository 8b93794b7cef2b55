# Tjänsterna som båda gränssnitten använder (services): upplägg av en kopia, polisens flöde, möten.

setup-no-organisation = Ange din organisations namn (--organisation).
setup-no-function = Ange din funktion, t.ex. trygghetssamordnare (--function). Skriv funktionen, inte ditt namn.
setup-already = Den här databasen är redan upplagd för { $municipality }. Vill du börja om, ange en ny databas med --db NY_FIL.
# Sparas med ändringen i ångra-loggen: alltid på svenska
setup-label = Ny kopia för { $municipality }
setup-done = { $municipality } ({ $code }, { $county }) är upplagd med { $organisation } som egen organisation. Inlästa begrepp: { $event_types } händelsetyper, { $themes } teman, { $factors } risk- och skyddsfaktorer, { $terms } organisations-, områdes- och platstyper.
setup-next = Lägg nu in områden, platser och parter, t.ex. lagesbild new area --name … --kind kommundel.
error-municipality-not-found = Hittar ingen kommun som heter eller har koden ”{ $query }”. Skriv kommunens namn (t.ex. Tyresö) eller fyrsiffriga kommunkod (t.ex. 0138).
error-municipality-ambiguous = ”{ $query }” kan vara flera kommuner: { $candidates }. Skriv mer av namnet eller kommunkoden.
# $municipalities: kommunernas namn
polisen-fetched-own = Polisens händelser hämtade: { $kept } av { $in_feed } gäller { $municipalities }. Nya: { $created }, ändrade: { $updated }, oförändrade: { $unchanged }.
# Sparas med ändringen i ångra-loggen: alltid på svenska
meeting-closed-label = Mötet { $date } är avslutat och lägesbilden för { $week } är fastställd.
