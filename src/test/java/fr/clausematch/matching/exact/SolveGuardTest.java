package fr.clausematch.matching.exact;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchdog stops a CP-SAT search that runs past its time limit (here one set far beyond the guard's). */
class SolveGuardTest {

    @Test
    void aSearchPastItsLimitIsToldToStopAndAnswersItsBestSoFar() {
        ExactMatching.loadNativeLibraries();
        // a multi-dimensional knapsack of 400 items: no proof of its optimum in seconds
        Random random = new Random(7);
        CpModel model = new CpModel();
        int n = 400;
        BoolVar[] x = new BoolVar[n];
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("x" + i);
            value[i] = 100 + random.nextInt(900);
        }
        for (int d = 0; d < 5; d++) {
            long[] weight = new long[n];
            long total = 0;
            for (int i = 0; i < n; i++) {
                weight[i] = 100 + random.nextInt(900);
                total += weight[i];
            }
            model.addLessOrEqual(LinearExpr.weightedSum(x, weight), total / 3);
        }
        model.maximize(LinearExpr.weightedSum(x, value));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(120).setNumWorkers(2).setRandomSeed(1);

        long begin = System.nanoTime();
        CpSolverStatus status;
        try (ExactStops.Signal noStop = ExactStops.enter()) {
            status = ExactMatching.solveGuarded(solver, model, 0.0, noStop); // the guard: 0 s + its grace
        }
        double seconds = (System.nanoTime() - begin) / 1e9;

        assertThat(status).as("stopped before any proof").isNotEqualTo(CpSolverStatus.OPTIMAL);
        assertThat(seconds).as("stopped by the guard, not by its own 120 s").isLessThan(15.0);
        assertThat(status).isIn(CpSolverStatus.FEASIBLE, CpSolverStatus.UNKNOWN);
    }
}
