package fr.clausematch.cli;

import fr.clausematch.batch.PartitionView;
import fr.clausematch.batch.RunView;
import fr.clausematch.batch.SizeClasses;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Batch runs and their partitions as lines of text, in French. */
final class BatchLines {

    private static final Map<String, String> WORDS = Map.of("PENDING", "en attente", "STARTING", "démarrage",
            "STARTED", "en cours", "STOPPING", "arrêt demandé", "STOPPED", "arrêté", "FAILED", "échoué",
            "COMPLETED", "terminé", "ABANDONED", "abandonné", "UNKNOWN", "inconnu", "INTERRUPTED", "interrompu");

    private BatchLines() {
    }

    static String status(String status) {
        return WORDS.getOrDefault(status, status);
    }

    static void run(RunView run, PrintStream out) {
        out.printf(Locale.FRANCE, "Calcul par lots %d : %s — %d territoire(s), budget %d s, %d exécution(s), ouvriers %s, demandé par %s%s%n",
                run.id(), status(run.status()), run.territories().size(), run.budgetSeconds(), run.executions(),
                "remote".equals(run.workers()) ? "distants" : "locaux",
                run.requestedBy(), run.message() == null || "COMPLETED".equals(run.status()) ? "" : " (" + run.message() + ")");
    }

    static void partitions(RunView run, PrintStream out) {
        out.println("territoire  statut  postes  heures pourvues  heures de la référence  borne prouvée, écart  part femmes  part QPV  durée"
                + "  trajets domicile-chantier (référence)");
        long filled = 0;
        long baseline = 0;
        double km = 0;
        double co2 = 0;
        double baselineKm = 0;
        double baselineCo2 = 0;
        for (PartitionView partition : run.partitions()) {
            out.println(partition(partition));
            filled += partition.hoursFilled() == null ? 0 : partition.hoursFilled();
            baseline += partition.baselineHoursFilled() == null ? 0 : partition.baselineHoursFilled();
            if (partition.kmTotal() != null) {
                km += partition.kmTotal();
                co2 += partition.co2Kg();
                baselineKm += partition.baselineKmTotal();
                baselineCo2 += partition.baselineCo2Kg();
            }
        }
        out.printf(Locale.FRANCE, "total  %d h pourvues  %d h (référence) sur les territoires planifiés  %s%n", filled, baseline,
                commuting(km, co2, baselineKm, baselineCo2));
    }

    /** The planned territories by size class: hours against the baseline's, the lowest ratio, those below it. */
    static void sizeClasses(RunView run, PrintStream out) {
        List<SizeClasses.SizeClass> classes = SizeClasses.of(run);
        if (classes.isEmpty()) {
            return;
        }
        out.println("taille  territoires  postes  heures pourvues  heures de la référence  rapport  plus bas  sous la référence");
        for (SizeClasses.SizeClass size : classes) {
            out.printf(Locale.FRANCE, "%s  %d territoire(s)  %d postes  %d h pourvues  %d h (référence)  ×%.3f  ×%.3f  %d%n",
                    size.label(), size.territories(), size.slots(), size.hoursFilled(), size.baselineHours(), size.ratio(),
                    size.lowestRatio(), size.belowBaseline());
        }
    }

    static String partition(PartitionView p) {
        if (p.hoursFilled() == null) {
            return String.format(Locale.FRANCE, "%s  %s  %d postes  —%s", p.territory(), status(p.status()), p.slots(),
                    p.message() == null ? "" : "  (" + p.message() + ")");
        }
        return String.format(Locale.FRANCE, "%s  %s  %d postes  %d h pourvues  %d h (référence)  %s  femmes %.1f %%  QPV %.1f %%  %.1f s  %s",
                p.territory(), status(p.status()), p.slots(), p.hoursFilled(), p.baselineHoursFilled(),
                p.hoursUpperBound() == null ? "borne non calculée" : String.format(Locale.FRANCE, "borne prouvée %d h (%s), écart %.2f %%",
                        p.hoursUpperBound(), p.hoursUpperBoundKind(), p.gapPercent()),
                100 * p.womenShare(), 100 * p.qpvShare(), p.millis() / 1000.0,
                p.kmTotal() == null ? "trajets non calculés" : commuting(p.kmTotal(), p.co2Kg(), p.baselineKmTotal(), p.baselineCo2Kg()));
    }

    /** « trajets 12 340 km, 2 690 kg CO2e (référence 14 020 km, 3 056 kg) ». */
    static String commuting(double km, double co2Kg, double baselineKm, double baselineCo2Kg) {
        return String.format(Locale.FRANCE, "trajets %,.0f km, %,.0f kg CO2e (référence %,.0f km, %,.0f kg)", km, co2Kg,
                baselineKm, baselineCo2Kg);
    }
}
