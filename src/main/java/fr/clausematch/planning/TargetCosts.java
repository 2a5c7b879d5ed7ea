package fr.clausematch.planning;

import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.exact.TargetCost;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.security.CurrentUser;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.territory.TerritoryRepository;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a share target costs on a territory ({@link TargetCost}: the hours filled against the share of hours to women,
 * or to QPV residents), computed in the background on one thread of its own (the curve is a few CP-SAT searches of
 * seconds each, one curve at a time), with its progress, and kept in memory until the territory's problem changes: a
 * curve is held with the fingerprint of the problem it was computed on ({@link PlanProblems#fingerprint}: its people,
 * contracts, slots, pins, refused pairs and settings, as the planning loads them), and read only while the problem still has
 * it. No table.
 */
@Service
public class TargetCosts {

    private static final Logger log = LoggerFactory.getLogger(TargetCosts.class);

    private final PlanningProblemLoader loader;
    private final TerritoryRepository territories;
    private final PlanReading plans;
    private final PlanningProperties properties;
    private final Clock clock;
    /** Time of one weight of the price sweep, of each target's search (and of the plain plan), and the targets. */
    private final Duration perWeight;
    private final Duration perTarget;
    private final int steps;
    private final Map<Key, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "target-cost");
        thread.setDaemon(true);
        return thread;
    });

    TargetCosts(PlanningProblemLoader loader, TerritoryRepository territories, PlanReading plans,
                PlanningProperties properties, Clock clock,
                @Value("${clausematch.planning.target-cost.seconds-per-weight:2}") int secondsPerWeight,
                @Value("${clausematch.planning.target-cost.seconds-per-target:10}") int secondsPerTarget,
                @Value("${clausematch.planning.target-cost.steps:7}") int steps) {
        if (secondsPerWeight < 1 || secondsPerTarget < 1 || steps < 2) {
            throw new IllegalArgumentException("clausematch.planning.target-cost: at least 1 s a weight, 1 s a target and 2 steps");
        }
        this.perWeight = Duration.ofSeconds(secondsPerWeight);
        this.perTarget = Duration.ofSeconds(secondsPerTarget);
        this.steps = steps;
        this.loader = loader;
        this.territories = territories;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
    }

    private record Key(String territory, TargetShare share) {
    }

    /** One curve asked for: its problem's fingerprint, its progress, then its result or its failure. */
    private static final class Run {
        final String fingerprint;
        final Instant startedAt;
        volatile int done;
        volatile int total;
        volatile TargetCostView result;
        volatile String failure;

        Run(String fingerprint, Instant startedAt) {
            this.fingerprint = fingerprint;
            this.startedAt = startedAt;
        }
    }

    /** The curve of a territory as it stands: computed for its current data, being computed, or none yet. */
    public TargetCostView read(String territory, TargetShare share) {
        return readAll(territory).get(share);
    }

    /**
     * {@link #read(String, TargetShare)} for every share (the dashboard): the territory's problem is loaded once, and
     * only when a finished curve was asked for (its fingerprint says whether the curve still holds); a curve being
     * computed is shown as it goes (its page asks every 2 s), as the levers are.
     */
    public Map<TargetShare, TargetCostView> readAll(String territory) {
        requireTerritory(territory);
        if (!territories.existsById(territory)) {
            throw new NotFoundException("Territoire", territory);
        }
        Map<TargetShare, TargetCostView> views = new java.util.EnumMap<>(TargetShare.class);
        String fingerprint = null;
        for (TargetShare share : TargetShare.values()) {
            Run run = runs.get(new Key(territory, share));
            boolean finished = run != null && (run.result != null || run.failure != null);
            if (finished && fingerprint == null) {
                fingerprint = loaded(territory).fingerprint;
            }
            views.put(share, view(territory, share, run != null && (!finished || run.fingerprint.equals(fingerprint)) ? run : null));
        }
        return views;
    }

    /**
     * Starts the curve of a territory for its current data, unless it is computed or being computed for them already
     * (then answers that one).
     */
    public TargetCostView start(String territory, TargetShare share) {
        requireTerritory(territory);
        Loaded loaded = load(territory);
        Key key = new Key(territory, share);
        Run[] created = new Run[1];
        Run run = runs.compute(key, (k, old) -> {
            if (old != null && old.fingerprint.equals(loaded.fingerprint) && old.failure == null) {
                return old;
            }
            created[0] = new Run(loaded.fingerprint, clock.instant());
            return created[0];
        });
        if (created[0] != null) {
            Marker current = currentPlan(territory, share.model);
            executor.submit(() -> compute(territory, share, loaded.problem, run, current));
        }
        return view(territory, share, run);
    }

    private static void requireTerritory(String territory) {
        CurrentUser.requireTerritoryFigures(territory);
    }

    private record Loaded(MatchingPlan problem, String fingerprint) {
    }

    private Loaded load(String territory) {
        if (!territories.existsById(territory)) {
            throw new NotFoundException("Territoire", territory);
        }
        return loaded(territory);
    }

    /** The territory's problem as its data stand now, and its fingerprint (the territory known to exist). */
    private Loaded loaded(String territory) {
        MatchingPlan problem = MatchingProblems.create(loader.load(territory, "target-cost-" + territory).input());
        return new Loaded(problem, PlanProblems.fingerprint(problem));
    }

    private void compute(String territory, TargetShare share, MatchingPlan problem, Run run, Marker current) {
        try {
            TargetCost.Settings settings = new TargetCost.Settings(perWeight, perTarget, properties.boundWorkers(), steps);
            TargetCost.Curve curve = TargetCost.of(problem, share.model, settings, progress -> {
                run.total = progress.total();
                run.done = progress.done();
            });
            MatchingPlan baseline = FirstComeFirstServed.plan(problem);
            run.result = result(territory, share, curve, marker(baseline, share.model), current, run.startedAt);
            log.info("Target cost of {} ({}): {} points in {} s", territory, share, curve.points().size(),
                    Math.round(curve.seconds()));
        } catch (RuntimeException | LinkageError e) {
            log.warn("Target cost of {} ({}) failed: {}", territory, share, e.toString());
            run.failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private TargetCostView view(String territory, TargetShare share, Run run) {
        if (run == null) {
            return TargetCostView.none(territory, share);
        }
        if (run.result != null) {
            return run.result;
        }
        if (run.failure != null) {
            return new TargetCostView(territory, share, TargetCostView.Status.FAILED, run.done, run.total, run.startedAt,
                    null, List.of(), null, null, run.failure);
        }
        return new TargetCostView(territory, share, TargetCostView.Status.RUNNING, run.done, Math.max(run.done, run.total),
                run.startedAt, null, List.of(), null, null, null);
    }

    private static TargetCostView result(String territory, TargetShare share, TargetCost.Curve curve, Marker baseline,
                                         Marker current, Instant startedAt) {
        long plain = curve.unconstrained().hours();
        List<TargetCostView.Point> points = new ArrayList<>();
        for (TargetCost.Point p : curve.points()) {
            if (!p.hasPlan()) {
                continue;
            }
            long cost = curve.cost(p);
            points.add(new TargetCostView.Point(p.target(), p.hours(), p.share(), p.hoursBound(), p.optimal(), cost,
                    plain == 0 ? 0 : (double) cost / plain));
        }
        return new TargetCostView(territory, share, TargetCostView.Status.DONE, curve.weights() + curve.points().size() - 1,
                curve.weights() + curve.points().size() - 1, startedAt, Math.round(curve.seconds() * 10) / 10.0, points,
                toView(current), toView(baseline), null);
    }

    /** Hours and share of a plan, for the chart's marks. */
    private record Marker(long hours, double share) {
    }

    private static TargetCostView.Mark toView(Marker marker) {
        return marker == null ? null : new TargetCostView.Mark(marker.hours(), marker.share());
    }

    private static Marker marker(MatchingPlan plan, TargetCost.Share share) {
        long hours = 0;
        long shareHours = 0;
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                hours += s.getHours();
                shareHours += share.counts(s.getCandidate()) ? s.getHours() : 0;
            }
        }
        return new Marker(hours, hours == 0 ? 0 : (double) shareHours / hours);
    }

    /** The territory's latest finished optimised plan, as the dashboard shows it; null without one. */
    private Marker currentPlan(String territory, TargetCost.Share share) {
        return plans.list(territory).stream()
                .filter(p -> p.strategy() == PlanStrategy.OPTIMIZE && Set.of(PlanStatus.DONE, PlanStatus.STOPPED).contains(p.status())
                        && p.indicators() != null)
                .findFirst()
                .map(p -> new Marker(p.indicators().path("total").path("hoursAssigned").asLong(),
                        p.indicators().path("total").path(share == TargetCost.Share.WOMEN ? "womenShare" : "qpvShare").asDouble()))
                .orElse(null);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
