package fr.clausematch.matching.exact;

/**
 * The course of a subgradient descent on a bound ({@link LagrangianBound}, {@link TimelineRelaxation}): the least value
 * found so far, which is the bound, and the factor of Polyak's step, halved after {@code patience} steps without a
 * lower value.
 */
final class DescentFactor {

    private final int patience;
    private double factor;
    private double least;
    private int unimproved;

    /** Starting at {@code factor}, the least value so far {@code least} (no step taken yet: the bound before any). */
    DescentFactor(double factor, int patience, double least) {
        this.factor = factor;
        this.patience = patience;
        this.least = least;
    }

    /** Takes one step's value; true when the factor was halved. */
    boolean record(double value) {
        if (value < least - 1e-9 * Math.abs(least)) {
            least = value;
            unimproved = 0;
        } else if (++unimproved >= patience) {
            factor /= 2;
            unimproved = 0;
            return true;
        }
        return false;
    }

    double factor() {
        return factor;
    }

    double least() {
        return least;
    }
}
