package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.generator.DatasetGenerator.City;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The small draws and fixed dates the people, contracts and slots share. */
final class Draws {

    /** The contracts' and slots' period, and the people's availability window. */
    static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 5);
    static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);

    private Draws() {
    }

    /** A point drawn uniformly within {@code radiusKm} of the city centre, rounded to 4 decimals. */
    static double[] around(SplittableRandom random, City city, double radiusKm) {
        double r = radiusKm * StrictMath.sqrt(random.nextDouble());
        double angle = 2 * StrictMath.PI * random.nextDouble();
        double lat = city.latitude() + r * StrictMath.cos(angle) / 111.2;
        double lon = city.longitude()
                + r * StrictMath.sin(angle) / (111.2 * StrictMath.cos(StrictMath.toRadians(city.latitude())));
        return new double[] {round4(lat), round4(lon)};
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    static String pickFrom(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> void shuffle(SplittableRandom random, T[] array) {
        for (int i = array.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = array[i];
            array[i] = array[j];
            array[j] = swap;
        }
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String pad(String value, int width) {
        return "0".repeat(Math.max(0, width - value.length())) + value;
    }
}
