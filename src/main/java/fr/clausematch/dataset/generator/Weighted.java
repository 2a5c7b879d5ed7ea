package fr.clausematch.dataset.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed, ordered table of values with integer weights, drawn from a {@link SplittableRandom}. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted<T> add(T value, int weight) {
        values.add(value);
        total += weight;
        cumulative.add(total);
        return this;
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    T pick(SplittableRandom random) {
        int r = random.nextInt(total);
        int low = 0;
        int high = cumulative.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative.get(mid) > r) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }

    /** Distinct values, in drawing order. */
    List<T> pickDistinct(SplittableRandom random, int count) {
        List<T> picked = new ArrayList<>(count);
        int guard = 0;
        while (picked.size() < Math.min(count, values.size()) && guard++ < 100) {
            T value = pick(random);
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return List.copyOf(picked);
    }
}
