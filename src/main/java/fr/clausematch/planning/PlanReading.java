package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.shared.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Reads plans for the pages and the API, with the reader's scope checked first: a plan of a territory the
 * user does not work on is answered as one that does not exist. A plan being solved in this process carries
 * its live progress.
 */
@Service
public class PlanReading {

    private final PlanRepository plans;
    private final PlanRunRegistry runs;
    private final PlanJson json;

    PlanReading(PlanRepository plans, PlanRunRegistry runs, PlanJson json) {
        this.plans = plans;
        this.runs = runs;
        this.json = json;
    }

    /** A plan of the user's territories. */
    public PlanView view(long planId) {
        SignedInUser user = CurrentUser.get();
        return plans.findById(planId).filter(plan -> user.worksOn(plan.getTerritoryCode())).map(this::view)
                .orElseThrow(() -> new NotFoundException("Plan", Long.toString(planId)));
    }

    /** The plans of a territory (their figures): its facilitators, and administrators for the dashboard. */
    public List<PlanView> list(String territory) {
        CurrentUser.requireTerritoryFigures(territory);
        return plans.findByTerritoryCodeOrderByStartedAtDesc(territory).stream().map(this::view).toList();
    }

    /**
     * For work that acts for no one (the solver's threads, a batch run): a plan's state, unscoped. Callers
     * show it only to someone already allowed to see it (the plan's listeners, an administrator).
     */
    public PlanView unscopedView(long planId) {
        return view(plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", Long.toString(planId))));
    }

    private PlanView view(Plan plan) {
        List<PlanProgressPoint> progress = runs.run(plan.getId()).map(run -> List.copyOf(run.progress)).orElse(List.of());
        return new PlanView(plan.getId(), plan.getTerritoryCode(), plan.getStrategy(), plan.getStatus(), plan.getScore(),
                plan.getHoursTotal(), plan.getHoursAssigned(), plan.getRequestedBy(), plan.getStartedAt(), plan.getEndedAt(),
                plan.getMessage(), json.read(plan.getIndicators()), plan.getBaselineScore(),
                json.read(plan.getBaselineIndicators()), progress, plan.getVersion(), plan.getHoursUpperBound(),
                plan.getHoursUpperBoundKind(), plan.getGapPercent(), plan.getHoursUpperBoundMillis());
    }
}
