package fr.clausematch.overview;

import fr.clausematch.planning.TargetCostView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The geometry of the inline SVG chart « Que coûte une cible ? »: hours filled (y) against the share reached (x), each
 * point of the curve a dot, the current plan and the baseline marked; and the point the page's sentence reads (50 %
 * when the curve has it, else its first target). The template draws it and formats the numbers.
 */
record TargetCostChart(List<Dot> dots, String line, List<Tick> xTicks, List<Tick> yTicks, Dot current, Dot baseline,
                       TargetCostView.Point told) {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;
    static final int LEFT = 80;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 50;

    /** A point on the chart, with what it stands for. */
    record Dot(double cx, double cy, TargetCostView.Point point, long hours, double share) {
    }

    /** An axis' graduation: where, and its value. */
    record Tick(double at, double value) {
    }

    /** The chart of a computed curve; null without points. */
    static TargetCostChart of(TargetCostView view) {
        if (view.points().isEmpty()) {
            return null;
        }
        List<double[]> all = new ArrayList<>();
        view.points().forEach(p -> all.add(new double[] {p.share(), p.hours()}));
        Stream.of(view.currentPlan(), view.baseline()).filter(java.util.Objects::nonNull)
                .forEach(m -> all.add(new double[] {m.share(), m.hours()}));
        double minShare = Math.floor(all.stream().mapToDouble(a -> a[0]).min().orElse(0) * 10) / 10;
        double maxHours = all.stream().mapToDouble(a -> a[1]).max().orElse(1);
        double minHours = all.stream().mapToDouble(a -> a[1]).min().orElse(0);
        double step = niceStep(Math.max(1, maxHours - minHours) / 4);
        double low = Math.max(0, Math.floor(minHours / step) * step);
        double high = Math.max(low + step, Math.ceil(maxHours / step) * step);
        Scale scale = new Scale(minShare, 1.0, low, high);
        List<Dot> dots = view.points().stream().map(p -> scale.dot(p, p.hours(), p.share())).toList();
        StringBuilder line = new StringBuilder();
        for (Dot d : dots) {
            line.append(line.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", d.cx(), d.cy()));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (double s = minShare; s <= 1.0 + 1e-9; s += 0.1) {
            xTicks.add(new Tick(scale.x(s), Math.round(s * 10) / 10.0));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double h = low; h <= high + 1e-6; h += step) {
            yTicks.add(new Tick(scale.y(h), h));
        }
        TargetCostView.Point told = view.points().stream().filter(p -> Math.abs(p.target() - 0.5) < 1e-9).findFirst()
                .orElse(view.points().size() > 1 ? view.points().get(1) : null);
        return new TargetCostChart(dots, line.toString(), xTicks, yTicks,
                view.currentPlan() == null ? null : scale.dot(null, view.currentPlan().hours(), view.currentPlan().share()),
                view.baseline() == null ? null : scale.dot(null, view.baseline().hours(), view.baseline().share()), told);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private record Scale(double x0, double x1, double y0, double y1) {
        double x(double share) {
            return LEFT + (share - x0) / Math.max(1e-9, x1 - x0) * (WIDTH - LEFT - RIGHT);
        }

        double y(double hours) {
            return TOP + (1 - (hours - y0) / Math.max(1e-9, y1 - y0)) * (HEIGHT - TOP - BOTTOM);
        }

        Dot dot(TargetCostView.Point point, long hours, double share) {
            return new Dot(Math.round(x(share) * 10) / 10.0, Math.round(y(hours) * 10) / 10.0, point, hours, share);
        }
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int top() {
        return TOP;
    }
}
