package fr.clausematch.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of plans run on the database.
 *
 * @param seconds        time limit of one plan (the solver also stops after its unimproved-time limit)
 * @param threads        move threads of the solver (1 = none)
 * @param saveEveryMillis at most one save of proposed assignments per this many milliseconds while solving
 *                       (the final best solution is always saved)
 */
@ConfigurationProperties("clausematch.planning")
public record PlanningProperties(Integer seconds, Integer threads, Integer saveEveryMillis) {

    public PlanningProperties {
        seconds = seconds == null ? 30 : seconds;
        threads = threads == null ? 1 : threads;
        saveEveryMillis = saveEveryMillis == null ? 2_000 : saveEveryMillis;
    }
}
