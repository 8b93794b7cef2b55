# Posterna på flikarna Åtgärder, Överenskommelse, Förebyggande och Platssamverkan:
# skapa, ändra, ta bort eller inaktivera.

records-gone = Posten finns inte längre (någon tog bort den). Inget har ändrats.
records-cannot-retire = { $kind } ”{ $name }” kan inte tas bort eftersom { $referrers } hänvisar till posten, och den här sortens post kan inte inaktiveras. Ta först bort eller ändra det som hänvisar till den. Inget har ändrats.
