package fr.clausematch.planning;

import fr.clausematch.matching.analysis.Levers;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.shared.ConflictException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The levers of a plan ({@link Levers}: what a licence, a level, a training, more reach or a longer availability would
 * unlock of its unfilled hours, each re-planned from the plan), computed in the background like plans are, one analysis
 * at a time, with its progress; kept by plan under the version of the data it started from (the plan's pairings and its
 * territory's people, contracts and slots), so a second view is answered from memory until that data changes (a view
 * of a kept result checks that version by loading the territory's problem again: some 0.2 to 0.35 s for the 368 slots
 * of the sample's Côte-d'Or, against a minute or more to compute the levers). The background work reads no table: the
 * problem is loaded, and the reader's scope checked, when it is asked for.
 */
@Service
public class PlanLevers {

    private static final Logger log = LoggerFactory.getLogger(PlanLevers.class);
    private static final int KEPT = 20;

    /** One analysis of one plan, as it goes. */
    private static final class Entry {
        final String version;
        final Instant startedAt = Instant.now();
        volatile boolean begun;
        volatile int done;
        volatile int total;
        volatile Levers.Lever current;
        volatile Levers.Report report;
        volatile String failure;

        Entry(String version) {
            this.version = version;
        }

        boolean running() {
            return report == null && failure == null;
        }
    }

    private final PlanReading planning;
    private final PlanProblems problems;
    private final PlanSlots slots;
    private final LeverWords words;
    private final Levers.Settings settings;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "plan-levers");
        thread.setDaemon(true);
        return thread;
    });

    PlanLevers(PlanReading planning, PlanProblems problems, PlanSlots slots, LeverWords words,
               @Value("${clausematch.planning.levers.seconds:5}") int seconds,
               @Value("${clausematch.planning.levers.trades:5}") int trades) {
        this.planning = planning;
        this.problems = problems;
        this.slots = slots;
        this.words = words;
        this.settings = new Levers.Settings(Duration.ofSeconds(seconds), trades, Duration.ofSeconds(seconds * 3L));
    }

    /** The plan's levers, their progress, or that they are yet to be computed (404 outside the reader's territories). */
    public LeverReportView read(long planId) {
        PlanView plan = planning.view(planId);
        Entry entry = entries.get(planId);
        if (entry == null) {
            return notStarted(planId, false);
        }
        if (!entry.running() && !entry.version.equals(version(plan, problems.laid(plan)))) {
            return notStarted(planId, true);
        }
        return view(planId, entry, LocaleContextHolder.getLocale());
    }

    /**
     * Starts the plan's analysis in the background, unless it runs or its result still holds for the data as it is
     * (then that result); refused (409) while the plan itself is being solved.
     */
    public LeverReportView start(long planId) {
        PlanView plan = planning.view(planId);
        if (plan.status() == PlanStatus.QUEUED || plan.status() == PlanStatus.SOLVING) {
            throw new ConflictException("le plan " + planId + " est en cours de calcul : ses leviers se calculent une fois le plan terminé");
        }
        Locale locale = LocaleContextHolder.getLocale();
        Entry known = entries.get(planId);
        if (known != null && known.running()) {
            return view(planId, known, locale);
        }
        MatchingPlan laid = problems.laid(plan);
        String version = version(plan, laid);
        if (known != null && known.report != null && known.version.equals(version)) {
            return view(planId, known, locale);
        }
        Entry entry = new Entry(version);
        if (entries.size() >= KEPT) {
            entries.entrySet().removeIf(e -> !e.getValue().running());
        }
        entries.put(planId, entry);
        executor.submit(() -> run(planId, entry, laid));
        return view(planId, entry, locale);
    }

    private void run(long planId, Entry entry, MatchingPlan laid) {
        entry.begun = true;
        try {
            entry.report = Levers.of(laid, settings, (done, total, current) -> {
                entry.total = total;
                entry.done = done;
                entry.current = current;
            });
            log.info("Levers of plan {}: {} levers in {} ms", planId, entry.report.levers().size(), entry.report.millis());
        } catch (RuntimeException | LinkageError e) {
            log.error("Levers of plan {} failed", planId, e);
            entry.failure = e.toString();
        }
    }

    /** The plan's pairings and its problem's data, as a computation on them starts. */
    private String version(PlanView plan, MatchingPlan laid) {
        return plan.startedAt() + "/" + slots.fingerprint(plan.id()) + "/" + PlanProblems.fingerprint(laid);
    }

    private static LeverReportView notStarted(long planId, boolean stale) {
        return new LeverReportView(planId, LeverReportView.Status.NOT_STARTED, stale, false, 0, 0, null, null, null, null, null, null,
                null, null, List.of());
    }

    private LeverReportView view(long planId, Entry entry, Locale locale) {
        Levers.Report report = entry.report;
        if (report == null) {
            Levers.Lever current = entry.current;
            return new LeverReportView(planId, entry.failure != null ? LeverReportView.Status.FAILED : LeverReportView.Status.RUNNING,
                    false, !entry.begun, entry.done, entry.total, current == null ? null : words.label(current, locale), entry.startedAt,
                    null, null, null, null, null, entry.failure == null ? null : "le calcul des leviers a échoué : " + entry.failure,
                    List.of());
        }
        long best = report.levers().stream().mapToLong(Levers.Result::hours).max().orElse(0);
        List<LeverReportView.Line> lines = new ArrayList<>();
        for (Levers.Result r : report.levers()) {
            lines.add(new LeverReportView.Line(r.lever().kind(), r.lever().parameter(), words.label(r.lever(), locale),
                    words.sentence(r, locale), r.hours(), r.people(), r.minimal(), Math.round(r.hoursPerPerson()), r.concerned(),
                    r.hoursWithAll(), best == 0 ? 0 : (int) Math.round(100.0 * r.hours() / best), r.millis()));
        }
        return new LeverReportView(planId, LeverReportView.Status.DONE, false, false, entry.done, entry.total, null, entry.startedAt,
                report.planHours(), report.referenceHours(), report.unfilledHours(), report.unfilledSlots(), report.millis(), null,
                lines);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
