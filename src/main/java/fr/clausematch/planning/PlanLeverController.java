package fr.clausematch.planning;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The levers of a plan: what would unlock its unfilled hours, computed in the background (issue 14 part 3). */
@RestController
@RequestMapping("/api/plans/{id}/levers")
@Tag(name = "Plans", description = "Appariements calculés sur un territoire, revus par le facilitateur")
class PlanLeverController {

    private final PlanLevers levers;

    PlanLeverController(PlanLevers levers) {
        this.levers = levers;
    }

    @GetMapping
    @Operation(summary = "Les leviers du plan : ce qu'un permis, un CACES, un niveau, une formation, plus de mobilité ou "
            + "une disponibilité plus longue débloqueraient d'heures non pourvues (re-planifié, pour le moins de personnes), "
            + "ou la progression de leur calcul")
    LeverReportView get(@PathVariable long id) {
        return levers.read(id);
    }

    @PostMapping
    @Operation(summary = "Lancer le calcul des leviers du plan en arrière-plan (le résultat gardé est rendu tant que les "
            + "données n'ont pas changé)")
    LeverReportView start(@PathVariable long id) {
        return levers.start(id);
    }
}
