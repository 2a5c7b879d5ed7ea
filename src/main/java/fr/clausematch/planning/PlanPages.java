package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.territory.TerritoryChoice;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.web.PageController;
import fr.clausematch.web.Pager;
import fr.clausematch.web.Spreadsheet;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facilitators' pages on plans: a territory's plans and the start button; one plan, live while it is
 * solved (server-sent events), then its slots with the proposed people, explanations, decisions,
 * the score by constraint and the shortage report.
 */
@PageController
@RequestMapping("/plans")
class PlanPages {

    static final int PAGE_SIZE = 50;
    private static final Map<String, AssignmentStatus> DECISIONS = Map.of(
            "confirmer", AssignmentStatus.CONFIRMED, "refuser", AssignmentStatus.REJECTED, "retirer", AssignmentStatus.UNASSIGNED);
    private static final Set<PlanStatus> RUNNING = Set.of(PlanStatus.QUEUED, PlanStatus.SOLVING);

    private final PlanRuns runs;
    private final PlanReading planning;
    private final AssignmentService assignments;
    private final PlanExplanationService explanations;
    private final PlanSlots slots;
    private final TerritoryRepository territories;
    private final PlanExport export;
    private final PlanLevers levers;

    PlanPages(PlanRuns runs, PlanReading planning, AssignmentService assignments, PlanExplanationService explanations,
              PlanSlots slots, TerritoryRepository territories, PlanExport export, PlanLevers levers) {
        this.export = export;
        this.levers = levers;
        this.runs = runs;
        this.planning = planning;
        this.assignments = assignments;
        this.explanations = explanations;
        this.slots = slots;
        this.territories = territories;
    }

    @GetMapping
    String list(@RequestParam(name = "territoire", required = false) String territory, Model model) {
        String chosen = TerritoryChoice.choose(territories, territory, model);
        model.addAttribute("plans", chosen == null ? List.of() : planning.list(chosen));
        model.addAttribute("strategies", PlanStrategy.values());
        return "plans/list";
    }

    @PostMapping
    String start(@RequestParam(name = "territoire") String territory,
                 @RequestParam(name = "strategie", defaultValue = "OPTIMIZE") PlanStrategy strategy,
                 RedirectAttributes redirect) {
        try {
            PlanView plan = runs.start(territory, strategy, CurrentUser.actor());
            return "redirect:/plans/" + plan.id();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
            return "redirect:/plans?territoire=" + territory;
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model,
                  HttpServletRequest request) {
        PlanView plan = planning.view(id);
        model.addAttribute("plan", plan);
        model.addAttribute("running", RUNNING.contains(plan.status()));
        model.addAttribute("statuses", PlanStatus.values());
        int total = slots.count(plan.territory());
        int current = Math.max(page, 0);
        List<PlanSlots.Row> rows = slots.of(id, plan.territory(), current * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("pager", Pager.of(new PageImpl<>(rows, PageRequest.of(current, PAGE_SIZE), total), request));
        model.addAttribute("slotCount", total);
        model.addAttribute("shortages", plan.indicators() == null ? List.of() : plan.indicators().path("shortages"));
        if (!RUNNING.contains(plan.status())) {
            model.addAttribute("levers", levers.read(id));
        }
        return "plans/detail";
    }

    /** The plan for a spreadsheet: « Télécharger » on its page ({@link PlanExport}). */
    @GetMapping("/{id}/export.{format:" + Spreadsheet.Format.PATTERN + "}")
    ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String format) {
        return export.export(id, Spreadsheet.Format.of(format));
    }

    /** Starts the plan's levers in the background; the page shows their progress, then their chart and table. */
    @PostMapping("/{id}/leviers")
    String startLevers(@PathVariable long id, RedirectAttributes redirect) {
        return backToPlan(id, () -> levers.start(id), redirect, "#leviers");
    }

    @PostMapping("/{id}/arret")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        return backToPlan(id, () -> runs.stop(id), redirect, "");
    }

    /** Does it, then back to the plan's page (at {@code anchor}), saying why when it was refused. */
    private static String backToPlan(long id, Runnable action, RedirectAttributes redirect, String anchor) {
        try {
            action.run();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/plans/" + id + anchor;
    }

    /** Plans the territory again: confirmed pairings are pinned, refused ones never proposed again. */
    @PostMapping("/{id}/replanifier")
    String again(@PathVariable long id, RedirectAttributes redirect) {
        return start(planning.view(id).territory(), PlanStrategy.OPTIMIZE, redirect);
    }

    @PostMapping("/{id}/appariements/{assignment}")
    String decide(@PathVariable long id, @PathVariable long assignment, @RequestParam String decision,
                  @RequestParam(required = false) Long version, @RequestParam(required = false) String reason,
                  @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        AssignmentStatus status = DECISIONS.get(decision);
        if (status == null) {
            throw new NotFoundException("Décision", decision);
        }
        try {
            AssignmentView done = assignments.decideInPlan(id, assignment, status,
                    new DecisionForm(version, reason == null || reason.isBlank() ? null : reason.strip()), CurrentUser.actor());
            redirect.addFlashAttribute("decided", done.slot());
            redirect.addFlashAttribute("decidedStatus", done.status());
            return "redirect:/plans/" + id + (page > 0 ? "?page=" + page : "") + "#poste-" + done.slot();
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refused", e.getMessage());
            return detail(id, page, model, request);
        }
    }

    /** Why this slot has this person, or why nobody: a fragment the page fetches when its details are opened. */
    @GetMapping("/{id}/postes/{slot}/explication")
    String slotExplanation(@PathVariable long id, @PathVariable String slot,
                           @RequestParam(defaultValue = "false") boolean fragment, Model model) {
        PlanExplanationView.SlotExplanation explanation = explanations.explainSlot(id, slot)
                .orElseThrow(() -> new NotFoundException("Poste", slot));
        model.addAttribute("explanation", explanation);
        model.addAttribute("planId", id);
        model.addAttribute("slot", slot);
        return fragment ? "plans/fragments :: slotExplanation" : "plans/explanation";
    }

    /** The score broken down by constraint: a fragment fetched once the page has loaded, and a page of its own without script. */
    @GetMapping("/{id}/score")
    String score(@PathVariable long id, @RequestParam(defaultValue = "false") boolean fragment, Model model) {
        model.addAttribute("plan", planning.view(id));
        model.addAttribute("explanation", explanations.explain(id));
        return fragment ? "plans/fragments :: score" : "plans/score";
    }
}
