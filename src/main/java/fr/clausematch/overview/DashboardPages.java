package fr.clausematch.overview;

import com.fasterxml.jackson.databind.JsonNode;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.planning.PlanReading;
import fr.clausematch.planning.PlanStatus;
import fr.clausematch.planning.PlanStrategy;
import fr.clausematch.planning.PlanView;
import fr.clausematch.planning.TargetCostView;
import fr.clausematch.planning.TargetCosts;
import fr.clausematch.planning.TargetShare;
import fr.clausematch.territory.TerritoryChoice;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facilitator's dashboard: the figures of a territory's latest finished optimised plan beside its
 * first-come-first-served baseline and beside the national figures of 2020, as charts and as a table.
 */
@PageController
class DashboardPages {

    /** 2020 national figures of the insertion clause: 18 % of the hours to women, 23 % to QPV residents, 56 % of FTEs on works. */
    static final double NATIONAL_WOMEN = 0.18;
    static final double NATIONAL_QPV = 0.23;
    static final double NATIONAL_WORKS_FTE = 0.56;
    private static final Set<PlanStatus> FINISHED = Set.of(PlanStatus.DONE, PlanStatus.STOPPED);

    /** One scope (all contracts, or one contract type): the plan's figure and the baseline's. */
    record Scope(String key, long hoursRequired, long hoursInSlots, long hoursAssigned, long baselineHoursAssigned,
                 double fte, double baselineFte, double fill, double baselineFill, double women, double baselineWomen,
                 double qpv, double baselineQpv, double fteShare, double baselineFteShare) {
    }

    private final PlanReading planning;
    private final TerritoryRepository territories;
    private final TargetCosts targetCosts;

    DashboardPages(PlanReading planning, TerritoryRepository territories, TargetCosts targetCosts) {
        this.planning = planning;
        this.territories = territories;
        this.targetCosts = targetCosts;
    }

    /** One curve « Que coûte une cible ? » of the page: its share, its state, its chart when computed. */
    record TargetCostBlock(String share, TargetCostView view, TargetCostChart chart) {
    }

    @GetMapping("/tableau-de-bord")
    String dashboard(@RequestParam(name = "territoire", required = false) String territory, Model model) {
        String chosen = TerritoryChoice.choose(territories, territory, model);
        PlanView plan = latest(chosen);
        model.addAttribute("plan", plan);
        if (plan != null) {
            List<Scope> scopes = scopes(plan.indicators(), plan.baselineIndicators());
            model.addAttribute("scopes", scopes);
            model.addAttribute("total", scopes.get(0));
            model.addAttribute("byType", scopes.subList(1, scopes.size()));
        }
        if (chosen != null) {
            List<TargetCostBlock> costs = new ArrayList<>();
            Map<TargetShare, TargetCostView> views = targetCosts.readAll(chosen);
            for (TargetShare share : TargetShare.values()) {
                TargetCostView view = views.get(share);
                costs.add(new TargetCostBlock(share.name().toLowerCase(java.util.Locale.ROOT), view, TargetCostChart.of(view)));
            }
            model.addAttribute("targetCosts", costs);
        }
        model.addAttribute("nationalWomen", NATIONAL_WOMEN);
        model.addAttribute("nationalQpv", NATIONAL_QPV);
        model.addAttribute("nationalWorksFte", NATIONAL_WORKS_FTE);
        return "plans/dashboard";
    }

    /** The territory's latest finished optimised plan with figures, null when it has none (or no territory). */
    PlanView latest(String territory) {
        return territory == null ? null : planning.list(territory).stream()
                .filter(p -> p.strategy() == PlanStrategy.OPTIMIZE && FINISHED.contains(p.status()) && p.indicators() != null)
                .findFirst().orElse(null);
    }

    /** Starts the curve « Que coûte une cible ? » of a territory in the background, then back to its dashboard. */
    @PostMapping("/tableau-de-bord/cout-cible")
    String startTargetCost(@RequestParam(name = "territoire") String territory, @RequestParam(name = "part") String share) {
        targetCosts.start(territory, TerritoryController.share(share));
        return "redirect:/tableau-de-bord?territoire=" + org.springframework.web.util.UriUtils.encodeQueryParam(territory,
                java.nio.charset.StandardCharsets.UTF_8) + "#cout-cible";
    }

    static List<Scope> scopes(JsonNode plan, JsonNode baseline) {
        JsonNode base = baseline == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : baseline;
        List<Scope> scopes = new ArrayList<>();
        scopes.add(scope("TOTAL", plan.path("total"), base.path("total"), plan.path("total"), base.path("total")));
        for (ContractType type : ContractType.values()) {
            scopes.add(scope(type.name(), plan.path("byContractType").path(type.name()),
                    base.path("byContractType").path(type.name()), plan.path("total"), base.path("total")));
        }
        return scopes;
    }

    private static Scope scope(String key, JsonNode p, JsonNode b, JsonNode pTotal, JsonNode bTotal) {
        return new Scope(key, p.path("hoursRequired").asLong(), p.path("hoursInSlots").asLong(),
                p.path("hoursAssigned").asLong(), b.path("hoursAssigned").asLong(),
                p.path("fte").asDouble(), b.path("fte").asDouble(),
                ratio(p.path("hoursAssigned").asLong(), p.path("hoursInSlots").asLong()),
                ratio(b.path("hoursAssigned").asLong(), b.path("hoursInSlots").asLong()),
                p.path("womenShare").asDouble(), b.path("womenShare").asDouble(),
                p.path("qpvShare").asDouble(), b.path("qpvShare").asDouble(),
                ratio(p.path("hoursAssigned").asLong(), pTotal.path("hoursAssigned").asLong()),
                ratio(b.path("hoursAssigned").asLong(), bTotal.path("hoursAssigned").asLong()));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
