package fr.clausematch.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's planned territories grouped by their number of slots (fewer than 500, 500 to 1,999, 2,000 to 4,999,
 * 5,000 and more): per class the territories, slots, hours filled and the baseline's, their ratio, the lowest
 * territory's ratio and how many territories fell below their baseline — what a coordinator reads of a national run.
 */
public final class SizeClasses {

    /** One class: its bounds (upper exclusive, 0 for none) and its planned territories' figures. */
    public record SizeClass(long from, long below, int territories, long slots, long hoursFilled, long baselineHours,
                            double lowestRatio, int belowBaseline) {

        /** Hours filled over the baseline's (1 when the baseline filled nothing). */
        public double ratio() {
            return baselineHours == 0 ? 1 : (double) hoursFilled / baselineHours;
        }

        public String label() {
            return below == 0 ? String.format(java.util.Locale.FRANCE, "%,d postes et plus", from)
                    : String.format(java.util.Locale.FRANCE, "%,d à %,d postes", from, below - 1);
        }
    }

    static final long[] BOUNDS = {0, 500, 2_000, 5_000};

    private SizeClasses() {
    }

    /** The classes that hold at least one planned territory of the run, smallest first. */
    public static List<SizeClass> of(RunView run) {
        List<SizeClass> classes = new ArrayList<>();
        for (int i = 0; i < BOUNDS.length; i++) {
            long from = BOUNDS[i];
            long below = i + 1 < BOUNDS.length ? BOUNDS[i + 1] : 0;
            List<PartitionView> planned = run.partitions().stream().filter(p -> p.hoursFilled() != null)
                    .filter(p -> p.slots() >= from && (below == 0 || p.slots() < below)).toList();
            if (planned.isEmpty()) {
                continue;
            }
            classes.add(new SizeClass(from, below, planned.size(), planned.stream().mapToLong(PartitionView::slots).sum(),
                    planned.stream().mapToLong(PartitionView::hoursFilled).sum(),
                    planned.stream().mapToLong(PartitionView::baselineHoursFilled).sum(),
                    planned.stream().mapToDouble(SizeClasses::ratio).min().orElse(1),
                    (int) planned.stream().filter(p -> p.hoursFilled() < p.baselineHoursFilled()).count()));
        }
        return classes;
    }

    private static double ratio(PartitionView partition) {
        return partition.baselineHoursFilled() == 0 ? 1 : (double) partition.hoursFilled() / partition.baselineHoursFilled();
    }
}
