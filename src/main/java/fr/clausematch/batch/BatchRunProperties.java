package fr.clausematch.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code clausematch.batch.*}: how many partitions (territories) are planned at once ({@code parallel}, 0 for
 * the number of cores), the least time a partition gets ({@code floor}), the nightly all-territories run
 * ({@code nightlyCron}, a Spring cron expression; empty: none) and its budget, how often a running execution
 * says it is alive ({@code heartbeat}), after how long without a heartbeat its owner counts as gone
 * ({@code staleAfter}), and how long a command waiting for a run's end bears with a database that does not answer
 * before it says the run is interrupted ({@code databasePatience}), and the time a partition is expected to spend
 * outside its solver, loading and storing ({@code overheadBase} plus {@code overheadPerThousandSlots}), which
 * its share of the budget leaves room for; how much longer than its budget and a half a run on remote workers
 * waits for them ({@code remoteMargin}).
 */
@ConfigurationProperties("clausematch.batch")
public record BatchRunProperties(@DefaultValue("0") int parallel, @DefaultValue("2s") Duration floor,
                                 @DefaultValue("") String nightlyCron, @DefaultValue("15m") Duration nightlyBudget,
                                 @DefaultValue("5s") Duration heartbeat, @DefaultValue("30s") Duration staleAfter,
                                 @DefaultValue("60s") Duration databasePatience,
                                 @DefaultValue("500ms") Duration overheadBase,
                                 @DefaultValue("1s") Duration overheadPerThousandSlots,
                                 @DefaultValue("2m") Duration remoteMargin) {

    public BatchRunProperties {
        if (parallel < 0) {
            throw new IllegalArgumentException("clausematch.batch.parallel ne peut être négatif : " + parallel);
        }
        if (parallel == 0) {
            parallel = Runtime.getRuntime().availableProcessors();
        }
        nightlyCron = nightlyCron == null ? "" : nightlyCron.trim();
    }

    /** A partition's expected time outside its solver. */
    public BudgetShares.Overhead overhead() {
        return new BudgetShares.Overhead(overheadBase, overheadPerThousandSlots);
    }
}
