package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Pairing;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.director.ScoreDirector;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;

/** What the tests of the search's moves and phases share. */
final class SearchFixtures {

    private SearchFixtures() {
    }

    /** A score director that only holds the plan: moves change it, nothing is scored. */
    @SuppressWarnings("unchecked")
    static ScoreDirector<MatchingPlan> holding(MatchingPlan plan) {
        return (ScoreDirector<MatchingPlan>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getWorkingSolution" -> plan;
                    case "lookUpWorkingObject", "lookUpWorkingObjectOrReturnNull" -> args[0];
                    default -> null;
                });
    }

    /**
     * The baseline's trap: the first-come-first-served plan gives S1 to C1 (identified first), who alone has the trade
     * of S2; 30 h a week each against 35 h at most, so S2 stays empty. The best plan gives S1 to C2 and S2 to C1.
     */
    static MatchingPlan baselineTrap() {
        Contract k = contract("K1");
        Candidate c1 = candidate("C1").trades("F1703", "F1704").maxTenths(350).build();
        Candidate c2 = candidate("C2").maxTenths(350).build();
        Slot first = Fixtures.slot("S1", k, D, D.plusDays(27), 300);
        Slot second = new Slot("S2", k, "F1704", 120, D.plusDays(1), D.plusDays(27), 300, 0, Set.of());
        return MatchingProblems.create(MatchingInput.of("trap", List.of(c1, c2), List.of(k), List.of(first, second)));
    }

    /**
     * A confirmed pairing in the way: C1 is pinned to SMALL (30 h a week, 4 weeks); BIG (30 h a week, 13 weeks, the same
     * start) would fill more hours, but not beside SMALL (35 h a week at most).
     */
    static MatchingPlan pinnedInTheWay() {
        Contract k = contract("K1");
        Candidate c = candidate("C1").maxTenths(350).build();
        Slot small = Fixtures.slot("SMALL", k, D, D.plusDays(27), 300);
        Slot big = Fixtures.slot("BIG", k, D, D.plusDays(90), 300);
        return MatchingProblems.create(new MatchingInput("pinned", List.of(c), List.of(k), List.of(small, big),
                List.of(new Pairing("SMALL", "C1")), List.of(), null));
    }
}
