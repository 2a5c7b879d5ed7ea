package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the recommendations: on a person's page, « Où pourrait-elle travailler ? » (a fragment the person's page
 * fetches, and a page of its own without script); on a plan's page, « Qui pourrait le prendre ? » for a slot; and the
 * « Proposer » buttons of both, which store a proposed pairing (checked again) and come back to the page they left.
 */
@PageController
class RecommendationPages {

    private final PlanRecommendations recommendations;

    RecommendationPages(PlanRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/candidats/{id}/recommandations")
    String forCandidate(@PathVariable String id, @RequestParam(defaultValue = "false") boolean fragment, Model model) {
        model.addAttribute("candidateId", id);
        model.addAttribute("view", recommendations.latestPlanOf(id).isPresent() ? recommendations.forCandidate(id) : null);
        return fragment ? "plans/recommendation-fragments :: candidate" : "plans/recommendations";
    }

    @PostMapping("/candidats/{id}/recommandations/proposer")
    String proposeForCandidate(@PathVariable String id, @RequestParam(name = "poste") String slot, RedirectAttributes redirect) {
        try {
            PlanRecommendations.Proposal done = recommendations.proposeForCandidate(id, slot, CurrentUser.actor());
            redirect.addFlashAttribute("proposed", done);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("proposalRefused", e.getMessage());
        }
        return "redirect:/candidats/" + id + "#recommandations";
    }

    @GetMapping("/plans/{id}/postes/{slot}/candidats")
    String forSlot(@PathVariable long id, @PathVariable String slot, @RequestParam(defaultValue = "false") boolean fragment,
                   Model model) {
        model.addAttribute("view", recommendations.forSlot(id, slot));
        return fragment ? "plans/recommendation-fragments :: slot" : "plans/slot-candidates";
    }

    @PostMapping("/plans/{id}/postes/{slot}/proposer")
    String proposeForSlot(@PathVariable long id, @PathVariable String slot, @RequestParam(name = "candidat") String candidate,
                          RedirectAttributes redirect) {
        try {
            PlanRecommendations.Proposal done = recommendations.propose(id, candidate, slot, CurrentUser.actor());
            redirect.addFlashAttribute("decided", done.slot());
            redirect.addFlashAttribute("decidedStatus", AssignmentStatus.PROPOSED);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/plans/" + id + "#poste-" + slot;
    }
}
