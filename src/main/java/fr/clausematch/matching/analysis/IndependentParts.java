package fr.clausematch.matching.analysis;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.ContractTypeDemand;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The independent parts of a problem: the connected components of the graph that links each slot to the
 * people of its range (and to its pinned holder). Two parts share no slot and no person, so no rule and
 * no move crosses from one to the other: hours filled and rule 9 are exactly the sum of the parts'. A
 * national dataset falls apart along the reach of its people (150,000 generated slots: 50 parts, the
 * largest 55,825 slots), and a search spends its steps where they pay instead of cloning the whole
 * country at each better plan. The share and balance objectives are global; each part pursues them on
 * its own hours (the share targets are the same everywhere, so this changes little).
 */
public final class IndependentParts {

    private IndependentParts() {
    }

    /**
     * The parts of the problem, smallest first, each a plan of its own slots (the problem's objects),
     * the people they can take, all contracts, its own demand per contract type and the problem's
     * settings. Slots nobody can take and no one holds belong to no part.
     */
    public static List<MatchingPlan> of(MatchingPlan problem) {
        Map<Object, Object> parent = new IdentityHashMap<>();
        for (Slot s : problem.getSlots()) {
            for (Candidate c : s.getCompatibleCandidates()) {
                union(parent, s, c);
            }
            if (s.getCandidate() != null) {
                union(parent, s, s.getCandidate());
            }
        }
        Map<Object, List<Slot>> slotsByRoot = new IdentityHashMap<>();
        List<List<Slot>> parts = new ArrayList<>();
        for (Slot s : problem.getSlots()) {
            if (!parent.containsKey(s)) {
                continue;
            }
            slotsByRoot.computeIfAbsent(root(parent, s), r -> {
                List<Slot> part = new ArrayList<>();
                parts.add(part);
                return part;
            }).add(s);
        }
        parts.sort(Comparator.comparingInt(List::size));
        List<MatchingPlan> plans = new ArrayList<>(parts.size());
        for (List<Slot> slots : parts) {
            Set<Candidate> people = new LinkedHashSet<>();
            Map<ContractType, Long> demand = new EnumMap<>(ContractType.class);
            for (Slot s : slots) {
                people.addAll(s.getCompatibleCandidates());
                if (s.getCandidate() != null) {
                    people.add(s.getCandidate());
                }
                demand.merge(s.getContractType(), (long) s.getHours(), Long::sum);
            }
            List<ContractTypeDemand> demands = new ArrayList<>();
            demand.forEach((type, hours) -> demands.add(new ContractTypeDemand(type, hours)));
            plans.add(new MatchingPlan(problem.getId() + "#" + (plans.size() + 1), new ArrayList<>(people),
                    problem.getContracts(), demands, slots, problem.getSettings()));
        }
        return plans;
    }

    /** The whole problem with the parts' pairings (by slot id), as a new plan; slots of no part stay as they are. */
    public static MatchingPlan merge(MatchingPlan problem, List<MatchingPlan> solvedParts) {
        Map<String, Candidate> chosen = new HashMap<>();
        for (MatchingPlan part : solvedParts) {
            for (Slot s : part.getSlots()) {
                chosen.put(s.getId(), s.getCandidate());
            }
        }
        List<Slot> slots = new ArrayList<>(problem.getSlots().size());
        for (Slot s : problem.getSlots()) {
            Slot copy = s.copy();
            if (chosen.containsKey(s.getId())) {
                copy.setCandidate(chosen.get(s.getId()));
            }
            slots.add(copy);
        }
        return new MatchingPlan(problem.getId(), problem.getCandidates(), problem.getContracts(), problem.getDemands(),
                slots, problem.getSettings());
    }

    private static Object root(Map<Object, Object> parent, Object x) {
        Object r = x;
        for (Object p = parent.get(r); p != r; p = parent.get(r)) {
            r = p;
        }
        // path compression
        for (Object y = x, p = parent.get(y); p != r; y = p, p = parent.get(y)) {
            parent.put(y, r);
        }
        return r;
    }

    private static void union(Map<Object, Object> parent, Object a, Object b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        Object ra = root(parent, a);
        Object rb = root(parent, b);
        if (ra != rb) {
            parent.put(ra, rb);
        }
    }
}
