package fr.clausematch.planning;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The plans being solved in this process, in memory: their database keys, progress and listeners. Runs
 * enter when {@link PlanRuns} launches them and leave when their final solution is saved or they fail.
 */
@Component
class PlanRunRegistry {

    private final ConcurrentMap<Long, PlanRun> runs = new ConcurrentHashMap<>();

    void add(PlanRun run) {
        runs.put(run.planId, run);
    }

    void remove(long planId) {
        runs.remove(planId);
    }

    Optional<PlanRun> run(long planId) {
        return Optional.ofNullable(runs.get(planId));
    }

    Optional<PlanRun> runOfTerritory(String territory) {
        return runs.values().stream().filter(run -> run.territory.equals(territory)).findFirst();
    }

    boolean isSolving(long planId) {
        return runs.containsKey(planId);
    }
}
