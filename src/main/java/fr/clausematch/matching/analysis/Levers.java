package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.matching.search.Replanning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What would unlock a plan's unfilled hours: for each lever (a licence, a qualification level, a short training in a
 * trade, more reach, a longer availability, more weekly hours), the people it concerns (those for whom it opens at
 * least one slot the plan leaves empty) get the change in a copy of the problem, which is re-planned from the plan
 * ({@link Replanning}: a warm start, a short bounded run that stops at the exact reference's optimum); the lever is
 * worth the hours that re-plan fills beyond the plan's, never a count of pairs. Then the fewest people who give those
 * hours: the concerned people the re-planned plan needs (those holding a slot only the change opens to them), each
 * checked by re-planning without them (kept only when the hours drop), as time allows. Levers rank by hours per
 * person helped.
 *
 * <p>The rules of the changes: a licence is added as it is; the qualification level goes up one step (0, none, to 3,
 * the CAP; at most 8); a trade is added to those who hold a trade of the same ROME professional domain (the code's
 * first three characters: F1703 and F1704 are both F17, « travaux et gros œuvre »); the reach grows by
 * {@value #REACH_KM} km; the availability window opens {@value #AVAILABILITY_DAYS} days earlier and ends as many days
 * later (a bound left empty stays empty); the weekly maximum grows by {@value #WEEKLY_HOURS} h, to at most
 * {@value #WEEKLY_MAX_HOURS} h.
 */
public final class Levers {

    public static final int REACH_KM = 10;
    public static final int AVAILABILITY_DAYS = 30;
    public static final int WEEKLY_HOURS = 7;
    public static final int WEEKLY_MAX_HOURS = 48;
    /** The first qualification level (CAP) and the last (doctorate). */
    private static final int FIRST_LEVEL = 3;
    private static final int LAST_LEVEL = 8;

    private Levers() {
    }

    /** What a lever changes. */
    public enum Kind { LICENCE, QUALIFICATION, TRADE, REACH, AVAILABILITY, WEEKLY_HOURS }

    /**
     * One lever.
     *
     * @param kind      what it changes
     * @param parameter the licence's code ({@code B}, {@code CACES_R482}…) or the trade's ROME code; null otherwise
     */
    public record Lever(Kind kind, String parameter) {

        /** The person with the change; the same object when it changes nothing for them. */
        public Candidate apply(Candidate c) {
            return switch (kind) {
                case LICENCE -> c.licences().contains(parameter) ? c
                        : with(c, c.trades(), c.qualificationLevel(), plus(c.licences(), parameter), c.maxDistanceKm(),
                        c.availableFrom(), c.availableUntil(), c.maxTenthsPerWeek());
                case QUALIFICATION -> c.qualificationLevel() >= LAST_LEVEL ? c
                        : with(c, c.trades(), Math.max(FIRST_LEVEL, c.qualificationLevel() + 1), c.licences(),
                        c.maxDistanceKm(), c.availableFrom(), c.availableUntil(), c.maxTenthsPerWeek());
                case TRADE -> c.trades().contains(parameter) || c.trades().stream().noneMatch(t -> neighbours(t, parameter)) ? c
                        : with(c, plus(c.trades(), parameter), c.qualificationLevel(), c.licences(), c.maxDistanceKm(),
                        c.availableFrom(), c.availableUntil(), c.maxTenthsPerWeek());
                case REACH -> with(c, c.trades(), c.qualificationLevel(), c.licences(), c.maxDistanceKm() + REACH_KM,
                        c.availableFrom(), c.availableUntil(), c.maxTenthsPerWeek());
                case AVAILABILITY -> c.availableFrom() == null && c.availableUntil() == null ? c
                        : with(c, c.trades(), c.qualificationLevel(), c.licences(), c.maxDistanceKm(),
                        c.availableFrom() == null ? null : c.availableFrom().minusDays(AVAILABILITY_DAYS),
                        c.availableUntil() == null ? null : c.availableUntil().plusDays(AVAILABILITY_DAYS), c.maxTenthsPerWeek());
                case WEEKLY_HOURS -> c.maxTenthsPerWeek() >= WEEKLY_MAX_HOURS * 10 ? c
                        : with(c, c.trades(), c.qualificationLevel(), c.licences(), c.maxDistanceKm(), c.availableFrom(),
                        c.availableUntil(), Math.min(WEEKLY_MAX_HOURS * 10, c.maxTenthsPerWeek() + WEEKLY_HOURS * 10));
            };
        }

        /** Whether the lever acts on rule 9 (the weekly load): a slot it opens must also fit beside the person's others. */
        boolean actsOnLoad() {
            return kind == Kind.WEEKLY_HOURS;
        }
    }

    /** Two ROME codes of the same professional domain (their first three characters), the trade's neighbours. */
    public static boolean neighbours(String trade, String other) {
        return trade.length() >= 3 && other.length() >= 3 && !trade.equals(other)
                && trade.regionMatches(0, other, 0, 3);
    }

    /**
     * What one lever unlocks.
     *
     * @param lever        the lever
     * @param concerned    the people it concerns (it opens to each at least one slot the plan leaves empty)
     * @param hoursWithAll hours the re-plan fills beyond the plan's with the change given to every concerned person
     * @param people       the fewest people found who give {@code hours} (their ids), sorted; empty when it unlocks nothing
     * @param hours        hours the re-plan fills beyond the plan's with the change given to {@code people} only
     * @param minimal      whether each of {@code people} was checked to be needed (without one of them, the re-plan
     *                     filled fewer hours); false when the time ran out first
     * @param millis       time this lever took
     */
    public record Result(Lever lever, int concerned, long hoursWithAll, List<String> people, long hours, boolean minimal,
                         long millis) {

        /** Hours unlocked per person helped (0 when none). */
        public double hoursPerPerson() {
            return people.isEmpty() ? 0 : (double) hours / people.size();
        }
    }

    /**
     * All the levers of a plan.
     *
     * @param planHours      hours the plan fills
     * @param referenceHours hours the same re-plan fills without any change (from which each lever is measured: what
     *                       the re-plan alone would find is not put to a lever's credit)
     * @param unfilledHours  hours of the slots the reference leaves empty
     * @param unfilledSlots  those slots
     * @param levers         every lever tried, those that unlock hours first, by hours per person, then by hours
     * @param millis         time of the whole analysis
     */
    public record Report(long planHours, long referenceHours, long unfilledHours, int unfilledSlots, List<Result> levers,
                         long millis) {
    }

    /**
     * How long and how widely the analysis looks.
     *
     * @param replan     the limit of one re-plan
     * @param maxTrades  trades tried (those whose training opens the most empty hours to the most people come first)
     * @param pruneLimit time per lever to check that each person of its set is needed
     */
    public record Settings(Duration replan, int maxTrades, Duration pruneLimit) {

        public static Settings of(Duration replan) {
            return new Settings(replan, 5, replan.multipliedBy(3));
        }
    }

    /** Hears the analysis move: levers done, levers in all, and the one starting (null once all are done). */
    public interface Progress {
        void step(int done, int total, Lever current);
    }

    /** The levers of {@code plan} (it is not changed; its pairings are the start of every re-plan). */
    public static Report of(MatchingPlan plan, Settings settings, Progress progress) {
        long begin = System.nanoTime();
        Progress listener = progress == null ? (done, total, current) -> { } : progress;
        long planHours = plan.filledHours();
        Replanning.Outcome reference = Replanning.replan(plan, settings.replan().multipliedBy(REFERENCE_TIMES), true);
        Run run = new Run(reference, settings);
        List<Slot> unfilled = run.base.getSlots().stream().filter(s -> s.getCandidate() == null).toList();
        Map<Candidate, List<Slot>> held = held(run.base);
        List<Lever> levers = candidates(run.base, unfilled, held, settings.maxTrades());
        List<Measured> measured = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            listener.step(i, levers.size(), levers.get(i));
            measured.add(run.measure(unfilled, held, levers.get(i)));
        }
        listener.step(levers.size(), levers.size(), null);
        List<Result> results = new ArrayList<>();
        for (Measured m : measured) {
            results.add(run.result(m));
        }
        results.sort(Comparator.comparingDouble(Result::hoursPerPerson).reversed()
                .thenComparing(Comparator.comparingLong(Result::hours).reversed())
                .thenComparing(r -> r.lever().kind())
                .thenComparing(r -> String.valueOf(r.lever().parameter())));
        // the reference as it ends (a lever's plan may have improved it)
        List<Slot> left = run.base.getSlots().stream().filter(s -> s.getCandidate() == null).toList();
        long unfilledHours = left.stream().mapToLong(Slot::getHours).sum();
        return new Report(planHours, run.baseHours, unfilledHours, left.size(), List.copyOf(results),
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** The reference re-plan gets this many times a lever's time: levers are measured from a plan the search has settled. */
    private static final int REFERENCE_TIMES = 3;

    /** A lever as measured: its plans (with every concerned person changed, and with its fewest people), before the final count. */
    private record Measured(Lever lever, int concerned, MatchingPlan withAll, MatchingPlan fewest, List<String> people,
                            boolean minimal, long millis) {
    }

    /**
     * One analysis: the best plan known without any change (the reference, which every re-plan may improve: a lever's
     * plan without the pairs only the change allows is a plan of the unchanged problem), and how levers are measured
     * against it. A lever is worth the hours its plan fills beyond the best such plan known, so what the search alone
     * finds in a re-plan is never put to a lever's credit.
     */
    private static final class Run {
        final Settings settings;
        final boolean prove;
        final Map<String, Candidate> before = new HashMap<>();
        MatchingPlan base;
        long baseHours;

        Run(Replanning.Outcome reference, Settings settings) {
            this.settings = settings;
            this.prove = reference.optimal(); // where the exact reference proves the optimum, each re-plan stops there
            this.base = reference.plan();
            this.baseHours = reference.hours();
            for (Candidate c : base.getCandidates()) {
                before.put(c.id(), c);
            }
        }

        Replanning.Outcome replan(MatchingPlan start) {
            return Replanning.replan(start, settings.replan(), prove);
        }

        /** A check that one person is needed: from a plan that already holds the lever's hours, half a re-plan's time. */
        Replanning.Outcome recheck(MatchingPlan start) {
            return Replanning.replan(start, settings.replan().dividedBy(2), prove);
        }

        /** The plan with its changed people as they are: a plan of the unchanged problem (it may improve the reference). */
        MatchingPlan unchanged(MatchingPlan plan) {
            List<Candidate> originals = new ArrayList<>();
            for (Candidate c : plan.getCandidates()) {
                Candidate old = before.get(c.id());
                if (old != null && old != c) {
                    originals.add(old);
                }
            }
            return Replanning.withPeople(plan, originals);
        }

        /** Hours {@code plan} fills beyond the best plan known without the change (which it may improve first). */
        long gain(MatchingPlan plan) {
            MatchingPlan without = unchanged(plan);
            if (without.filledHours() > baseHours && without.getScore().hardScore() == 0) {
                base = without;
                baseHours = without.filledHours();
            }
            return plan.filledHours() - baseHours;
        }

        Measured measure(List<Slot> unfilled, Map<Candidate, List<Slot>> held, Lever lever) {
            long begin = System.nanoTime();
            Map<String, Candidate> concerned = new HashMap<>();
            for (Candidate c : before.values()) {
                Candidate after = lever.apply(c);
                if (after != c) {
                    for (Slot s : unfilled) {
                        if (opensNow(lever, c, after, s, held)) {
                            concerned.put(c.id(), after);
                            break;
                        }
                    }
                }
            }
            if (concerned.isEmpty()) {
                return new Measured(lever, 0, null, null, List.of(), true, millisSince(begin));
            }
            MatchingPlan withAll = replan(Replanning.withPeople(base, concerned.values())).plan();
            long best = gain(withAll);
            if (best <= 0) {
                return new Measured(lever, concerned.size(), withAll, null, List.of(), true, millisSince(begin));
            }
            // the people the re-planned plan needs: those it gives a slot only the change opens to them (or a load above their old maximum)
            List<Candidate> needed = needing(withAll, concerned.keySet(), before, lever);
            MatchingPlan current = needed.size() == concerned.size() ? withAll : onlyChanged(base, withAll, needed);
            best = Math.max(best, gain(current));
            // the smallest first: they are the likeliest to be spared; each kept only when the gain drops without them
            List<Candidate> kept = new ArrayList<>(needed);
            Map<String, Long> hoursByPerson = changeHours(current, before, lever);
            kept.sort(Comparator.comparingLong((Candidate c) -> hoursByPerson.getOrDefault(c.id(), 0L)).thenComparing(Candidate::id));
            long pruneEnd = System.nanoTime() + settings.pruneLimit().toNanos();
            boolean minimal = true;
            for (Candidate person : List.copyOf(kept)) {
                if (kept.size() <= 1) {
                    break;
                }
                if (System.nanoTime() > pruneEnd) {
                    minimal = false;
                    break;
                }
                MatchingPlan start = Replanning.withPeople(current, List.of(before.get(person.id())));
                // first the quick way: someone free takes each slot the person gives up; else a short re-plan
                MatchingPlan without = handOver(start, current) ? start : recheck(start).plan();
                long gain = gain(without);
                if (gain >= best) {
                    kept.remove(person);
                    current = without;
                    best = gain;
                }
            }
            List<String> people = kept.stream().map(Candidate::id).sorted().toList();
            return new Measured(lever, concerned.size(), withAll, current, people, minimal, millisSince(begin));
        }

        /** The lever's figures against the best plan known without any change, once every lever has been tried. */
        Result result(Measured m) {
            long withAll = m.withAll() == null ? 0 : Math.max(0, finalGain(m.withAll()));
            long hours = m.fewest() == null ? 0 : Math.max(0, finalGain(m.fewest()));
            return new Result(m.lever(), m.concerned(), withAll, hours == 0 ? List.of() : m.people(), hours, m.minimal(),
                    m.millis());
        }

        private long finalGain(MatchingPlan plan) {
            return plan.filledHours() - Math.max(baseHours, unchanged(plan).filledHours());
        }
    }

    /** The levers worth trying: the licences the empty slots ask for, the trades most opened, and the other four. */
    private static List<Lever> candidates(MatchingPlan base, List<Slot> unfilled, Map<Candidate, List<Slot>> held, int maxTrades) {
        List<Lever> levers = new ArrayList<>();
        Set<String> licences = new TreeSet<>();
        Set<String> trades = new TreeSet<>();
        for (Slot s : unfilled) {
            licences.addAll(s.getRequiredLicences());
            trades.add(s.getTrade());
        }
        licences.forEach(code -> levers.add(new Lever(Kind.LICENCE, code)));
        levers.add(new Lever(Kind.QUALIFICATION, null));
        // a pre-count (hours of empty slots opened, summed over people) only chooses which trades to re-plan
        Map<String, Long> opened = new TreeMap<>();
        for (String trade : trades) {
            Lever lever = new Lever(Kind.TRADE, trade);
            long hours = 0;
            for (Candidate c : base.getCandidates()) {
                Candidate after = lever.apply(c);
                if (after != c) {
                    for (Slot s : unfilled) {
                        if (opensNow(lever, c, after, s, held)) {
                            hours += s.getHours();
                        }
                    }
                }
            }
            if (hours > 0) {
                opened.put(trade, hours);
            }
        }
        opened.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(maxTrades).forEach(e -> levers.add(new Lever(Kind.TRADE, e.getKey())));
        levers.add(new Lever(Kind.REACH, null));
        levers.add(new Lever(Kind.AVAILABILITY, null));
        levers.add(new Lever(Kind.WEEKLY_HOURS, null));
        return levers;
    }

    /**
     * Gives each slot that {@code start} leaves empty but {@code current} fills to someone of its range who may take it
     * beside what they hold (rule 9), the most hours first; whether every such slot found someone. {@code start} is
     * changed (and scored).
     */
    private static boolean handOver(MatchingPlan start, MatchingPlan current) {
        Map<String, Slot> filled = new HashMap<>();
        for (Slot s : current.getSlots()) {
            if (s.getCandidate() != null) {
                filled.put(s.getId(), s);
            }
        }
        List<Slot> given = new ArrayList<>();
        for (Slot s : start.getSlots()) {
            if (s.getCandidate() == null && filled.containsKey(s.getId())) {
                given.add(s);
            }
        }
        given.sort(Comparator.comparingInt(Slot::getHours).reversed().thenComparing(Slot::getId));
        Map<Candidate, List<Slot>> held = held(start);
        boolean all = true;
        for (Slot s : given) {
            Candidate taker = null;
            for (Candidate c : s.getCompatibleCandidates()) {
                List<Slot> with = new ArrayList<>(held.getOrDefault(c, List.of()));
                with.add(s);
                if (MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), with) == 0) {
                    taker = c;
                    break;
                }
            }
            if (taker == null) {
                all = false;
            } else {
                s.setCandidate(taker);
                held.computeIfAbsent(taker, k -> new ArrayList<>()).add(s);
            }
        }
        start.setScore(MatchingSolver.score(start));
        return all && start.getScore().hardScore() == 0;
    }

    /** The plan's pairings laid on the base problem with the change given only to {@code people}. */
    private static MatchingPlan onlyChanged(MatchingPlan base, MatchingPlan best, List<Candidate> people) {
        MatchingPlan start = Replanning.withPeople(base, people);
        Map<String, Slot> slots = new HashMap<>();
        for (Slot s : start.getSlots()) {
            slots.put(s.getId(), s);
        }
        Map<String, Candidate> persons = new HashMap<>();
        for (Candidate c : start.getCandidates()) {
            persons.put(c.id(), c);
        }
        for (Slot s : best.getSlots()) {
            Slot mine = slots.get(s.getId());
            if (!mine.isPinned()) {
                Candidate c = s.getCandidate() == null ? null : persons.get(s.getCandidate().id());
                mine.setCandidate(c != null && mine.getCompatibleCandidates().contains(c) ? c : null);
            }
        }
        start.setScore(MatchingSolver.score(start));
        return start;
    }

    /** The concerned people of {@code plan} who need their change for what they hold there. */
    private static List<Candidate> needing(MatchingPlan plan, Set<String> concerned, Map<String, Candidate> before, Lever lever) {
        Map<String, Long> hours = changeHours(plan, before, lever);
        Set<String> ids = new LinkedHashSet<>();
        for (String id : hours.keySet()) {
            if (concerned.contains(id)) {
                ids.add(id);
            }
        }
        List<Candidate> people = new ArrayList<>();
        for (Candidate c : plan.getCandidates()) {
            if (ids.contains(c.id())) {
                people.add(c);
            }
        }
        return people;
    }

    /**
     * Per person of the plan who needs the change for what they hold: the hours of the slots held thanks to it (a slot
     * their old self could not take, or, for the weekly hours, all they hold when it exceeds their old maximum).
     */
    private static Map<String, Long> changeHours(MatchingPlan plan, Map<String, Candidate> before, Lever lever) {
        Map<String, Long> hours = new HashMap<>();
        Map<Candidate, List<Slot>> held = held(plan);
        held.forEach((c, slots) -> {
            Candidate old = before.get(c.id());
            if (old == null || old == c) {
                return;
            }
            long h = 0;
            for (Slot s : slots) {
                if (!s.isPinned() && !Replanning.opens(old, s)) {
                    h += s.getHours();
                }
            }
            if (lever.actsOnLoad() && MatchingRules.overloadTenthDays(old.maxTenthsPerWeek(), slots) > 0) {
                h += slots.stream().mapToLong(Slot::getHours).sum();
            }
            if (h > 0) {
                hours.put(c.id(), h);
            }
        });
        return hours;
    }

    /** Whether the change opens this empty slot to the person (and, for the weekly hours, beside what they hold). */
    private static boolean opensNow(Lever lever, Candidate before, Candidate after, Slot s, Map<Candidate, List<Slot>> held) {
        if (!Replanning.opens(after, s)) {
            return false;
        }
        if (!lever.actsOnLoad()) {
            return !Replanning.opens(before, s);
        }
        List<Slot> with = new ArrayList<>(held.getOrDefault(before, List.of()));
        with.add(s);
        return MatchingRules.overloadTenthDays(after.maxTenthsPerWeek(), with) == 0
                && (!Replanning.opens(before, s) || MatchingRules.overloadTenthDays(before.maxTenthsPerWeek(), with) > 0);
    }

    private static Map<Candidate, List<Slot>> held(MatchingPlan plan) {
        Map<Candidate, List<Slot>> held = new HashMap<>();
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                held.computeIfAbsent(s.getCandidate(), k -> new ArrayList<>()).add(s);
            }
        }
        return held;
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> more = new HashSet<>(set);
        more.add(value);
        return more;
    }

    private static Candidate with(Candidate c, Set<String> trades, int level, Set<String> licences, double km, LocalDate from,
                                  LocalDate until, int tenths) {
        return new Candidate(c.id(), c.gender(), c.commune(), c.latitude(), c.longitude(), c.qpvCode(), c.eligibility(),
                c.eligibilityUntil(), trades, level, licences, km, from, until, tenths, c.registeredOn(), c.seniorityDays());
    }

    private static long millisSince(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }
}
