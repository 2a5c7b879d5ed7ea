package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Where a person could work, who could fill a slot, and a proposal from those lists. */
@RestController
@RequestMapping("/api")
@Tag(name = "Recommandations", description = "Où une personne pourrait travailler, qui pourrait prendre un poste, sur le dernier plan")
class RecommendationController {

    /** A proposal: the person (pseudonymous id) on the slot. */
    record ProposalRequest(@NotBlank(message = "la personne est obligatoire") String candidate,
                           @NotBlank(message = "le poste est obligatoire") String slot) {
    }

    private final PlanRecommendations recommendations;

    RecommendationController(PlanRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/candidates/{id}/recommendations")
    @Operation(summary = "Où la personne pourrait travailler : les postes de son territoire qu'elle pourrait prendre sur le dernier "
            + "plan terminé, classés par heures gagnées (puis heures aux femmes et aux habitants des QPV), avec les déplacements "
            + "qu'il faut, et les postes manqués d'une seule règle")
    RecommendationView forCandidate(@PathVariable String id) {
        return recommendations.forCandidate(id);
    }

    @GetMapping("/plans/{id}/slots/{slotId}/candidates")
    @Operation(summary = "Qui pourrait prendre ce poste du plan : les personnes classées de même, avec ce que chacune laisserait, "
            + "et celles à qui il manque une seule condition")
    RecommendationView forSlot(@PathVariable long id, @PathVariable String slotId) {
        return recommendations.forSlot(id, slotId);
    }

    @PostMapping("/plans/{id}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Proposer une personne sur un poste du plan : toutes les règles revérifiées, jamais à la place d'un "
            + "appariement confirmé ; l'appariement proposé se revoit comme les autres")
    PlanRecommendations.Proposal propose(@PathVariable long id, @Valid @RequestBody ProposalRequest request) {
        return recommendations.propose(id, request.candidate(), request.slot(), CurrentUser.actor());
    }
}
