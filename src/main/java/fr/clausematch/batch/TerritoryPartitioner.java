package fr.clausematch.batch;

import fr.clausematch.planning.TerritoryPlanner;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition per territory of the run (named by its code), with its slots and its share of the budget
 * ({@link BudgetShares}). The run's territories are its job parameters, so a restart splits it the same way.
 */
class TerritoryPartitioner implements Partitioner {

    static final String TERRITORY = "territory";
    static final String SLOTS = "slots";
    static final String BUDGET_MILLIS = "budgetMillis";

    private final TerritoryPlanner planner;
    private final List<String> territories;
    private final Duration budget;
    private final BatchRunProperties properties;

    TerritoryPartitioner(TerritoryPlanner planner, List<String> territories, Duration budget, BatchRunProperties properties) {
        this.planner = planner;
        this.territories = territories;
        this.budget = budget;
        this.properties = properties;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, Long> slots = new LinkedHashMap<>();
        territories.forEach(territory -> slots.put(territory, planner.slotsToPlan(territory)));
        Map<String, Long> shares = BudgetShares.of(slots, budget, properties.parallel(), properties.floor(), properties.overhead());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        slots.forEach((territory, count) -> {
            ExecutionContext context = new ExecutionContext();
            context.putString(TERRITORY, territory);
            context.putLong(SLOTS, count);
            context.putLong(BUDGET_MILLIS, shares.get(territory));
            partitions.put(territory, context);
        });
        return partitions;
    }
}
