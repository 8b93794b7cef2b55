# Posterna på flikarna Åtgärder, Överenskommelse, Förebyggande och Platssamverkan:
# skapa, ändra, ta bort eller inaktivera.

records-gone = Posten finns inte längre (någon tog bort den). Inget har ändrats.
records-cannot-retire = { $kind } ”{ $name }” kan inte tas bort eftersom { $referrers } hänvisar till posten, och den här sortens post kan inte inaktiveras. Ta först bort eller ändra det som hänvisar till den. Inget har ändrats.
records-follow-up = Uppföljning
records-no-themes = Inga teman finns i den här kopian.
records-without-theme = Utan tema
records-kind = Vad
records-choose-title = Vad vill du lägga in här?
records-no-status = En { $kind } har ingen status att följa upp.
records-status-unchanged = { $status } (oförändrad)
records-follow-up-title = Status och uppföljning: { $name }
records-followed-up = Följde upp ”{ $name }” (status: { $status }).
records-none-selected = Ingen post är vald: flytta markören till en rad som visar en post.
records-empty-agreement = Ingen samverkansöverenskommelse är inlagd ännu. { $key } lägger in den.
records-empty-prevention = Inga förebyggande insatser ännu. { $key } lägger in en.
records-empty-places = Ingen platssamverkan är inlagd ännu. { $key } lägger in ett projekt.
records-detail-title = Vald post ({ $key } visar den i helhet)
records-key-new = ny här
records-key-edit = ändra
records-key-delete = ta bort
records-key-follow-up = status
records-plan-items-without-problem = Punkter utan problem
records-plan-problems-without-plan = Problem som ingen åtgärdsplan tar upp ännu
records-plan-problem = Problem
records-plan-cause = Orsak
records-plan-item = Punkt
records-plan-actions = { $count ->
    [one] 1 åtgärd
   *[other] { $count } åtgärder
}
records-plan-goal = Mål
records-plan-indicator = { $indent }Indikator: { $name } · { $baseline } → { $target } { $unit } ({ $direction }, { $source })
records-empty-plan = Ingen åtgärdsplan är inlagd ännu. { $key } lägger in den.
records-plan-title = Åtgärdsplan: problem → orsak → punkt → mål → indikator → värden ({ $key } visar åtgärderna)
records-plan-choose-item = Välj en punkt i åtgärdsplanen (raderna som börjar med Punkt) för att se dess åtgärder.
records-key-item-actions = punktens åtgärder
records-key-action-list = åtgärdslistan
records-key-plan = åtgärdsplan
records-participants = Deltagare
records-participants-empty = Inga deltagare ännu: lägg in funktionerna som deltar (trygghetssamordnare, kommunpolis), aldrig personers namn.
records-mode-title = Poster: Överenskommelse, Förebyggande, Platssamverkan, åtgärdsplanen
