package fr.clausematch.batch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A run's budget shared by slots with a floor, fitting the budget at the given parallelism; its text. */
class BudgetSharesTest {

    private static final Duration FLOOR = Duration.ofSeconds(2);

    @Test
    void asManyThreadsAsPartitionsGiveTheLargestTheWholeBudgetAndTheOthersTheirProportion() {
        Map<String, Long> shares = BudgetShares.of(slots(1000, 500, 0), Duration.ofMinutes(10), 4, FLOOR);
        assertThat(shares).containsEntry("t0", 600_000L).containsEntry("t1", 300_000L).containsEntry("t2", 2_000L);
    }

    @Test
    void moreShareThanThreadsFitTheBudgetByGrahamsBoundAndKeepTheirProportions() {
        Map<String, Long> slots = slots(21_000, 5_000, 2_000, 1_500, 1_000, 200, 10, 10);
        Duration budget = Duration.ofMinutes(15);
        Map<String, Long> shares = BudgetShares.of(slots, budget, 2, FLOOR);
        long sum = shares.values().stream().mapToLong(Long::longValue).sum();
        long max = shares.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(sum / 2.0 + max / 2.0).isLessThanOrEqualTo(budget.toMillis()).isCloseTo(budget.toMillis(), within(1_000.0));
        assertThat(shares.get("t6")).isEqualTo(2_000L);
        assertThat((double) shares.get("t0") / shares.get("t1")).isCloseTo(21_000 / 5_000.0, within(0.01));
        assertThat(shares.get("t0")).isLessThanOrEqualTo(budget.toMillis());
    }

    @Test
    void oneThreadRunsThemInTurnWithinTheBudget() {
        Map<String, Long> shares = BudgetShares.of(slots(300, 100, 100), Duration.ofSeconds(50), 1, FLOOR);
        assertThat(shares.values().stream().mapToLong(Long::longValue).sum()).isBetween(49_900L, 50_000L);
        assertThat(shares.get("t0")).isBetween(29_900L, 30_000L);
    }

    @Test
    void whenEvenTheFloorsDoNotFitEveryPartitionGetsTheSameShare() {
        Map<String, Long> shares = BudgetShares.of(slots(10, 10, 10, 10, 10, 10, 10, 10, 10, 10), Duration.ofSeconds(10), 1, FLOOR);
        assertThat(shares.values()).containsOnly(1_000L);
        assertThat(BudgetShares.of(Map.of(), Duration.ofSeconds(10), 2, FLOOR)).isEmpty();
    }

    @Test
    void theTimeOutsideTheSolverCountsSoThatTheWholeRunFitsTheBudget() {
        BudgetShares.Overhead overhead = new BudgetShares.Overhead(Duration.ofMillis(500), Duration.ofSeconds(1));
        Map<String, Long> slots = slots(21_000, 10_000, 5_000, 2_000, 500, 100, 10);
        Duration budget = Duration.ofMinutes(15);
        for (int parallel : new int[]{1, 2, 4}) {
            Map<String, Long> shares = BudgetShares.of(slots, budget, parallel, FLOOR, overhead);
            double sum = 0;
            double max = 0;
            for (Map.Entry<String, Long> share : shares.entrySet()) {
                double whole = share.getValue() + 500 + slots.get(share.getKey());
                sum += whole;
                max = Math.max(max, whole);
            }
            assertThat(sum / parallel + (1 - 1.0 / parallel) * max).as("Graham's bound, overheads counted, " + parallel)
                    .isLessThanOrEqualTo(budget.toMillis()).isGreaterThan(budget.toMillis() - 1_000);
            assertThat(shares.get("t0")).as("less than without overheads")
                    .isLessThan(BudgetShares.of(slots, budget, parallel, FLOOR).get("t0"));
        }
        Map<String, Long> alone = BudgetShares.of(slots(21_000), budget, 2, FLOOR, overhead);
        assertThat(alone.get("t0")).as("one partition: the budget less its overhead").isEqualTo(900_000L - 21_500L);
    }

    @Test
    void aPartitionStartingLateIsHeldToWhatRemainsOfTheRun() {
        BudgetShares.Overhead overhead = new BudgetShares.Overhead(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(BudgetShares.heldTo(60_000, 600_000, 5_000, overhead)).as("time enough: its share").isEqualTo(60_000);
        assertThat(BudgetShares.heldTo(60_000, 30_000, 5_000, overhead)).as("late: what remains less its overhead")
                .isEqualTo(24_500);
        assertThat(BudgetShares.heldTo(60_000, -5_000, 5_000, overhead)).as("past the deadline: briefly")
                .isEqualTo(BudgetShares.LEAST_MILLIS);
        assertThat(BudgetShares.heldTo(200, -5_000, 10, overhead)).as("never more than its share").isEqualTo(200);
    }

    @Test
    void budgetsAreWrittenInSecondsMinutesOrHours() {
        assertThat(RunBudget.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(RunBudget.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(RunBudget.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(RunBudget.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        for (String bad : new String[]{"", "15", "15 min", "m", "-5m", "1d"}) {
            assertThatThrownBy(() -> RunBudget.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("budget invalide");
        }
        assertThatThrownBy(() -> RunBudget.parse("5s")).hasMessageContaining("entre 10 s et 24 h");
        assertThatThrownBy(() -> RunBudget.parse("25h")).hasMessageContaining("entre 10 s et 24 h");
    }

    private static Map<String, Long> slots(long... counts) {
        Map<String, Long> slots = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            slots.put("t" + i, counts[i]);
        }
        return slots;
    }
}
