package fr.clausematch.matching.exact;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.generator.DatasetGenerator;
import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblems;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stop request made from another thread ends the exact search running on the solver's thread (what a facilitator's
 * « Arrêter » needs while the exact start runs), with a plan that breaks no rule and a bound still valid.
 */
class ExactStopsTest {

    @Test
    void nothingToStopOnAThreadThatRunsNoSearch() {
        assertThat(ExactStops.stopOn(Thread.currentThread())).isFalse();
        assertThat(ExactStops.stopOn(null)).isFalse();
    }

    @Test
    void aStopRequestEndsARunningSearchAtOnceAndLeavesAValidAnswer() throws Exception {
        // weekly load binding, 500 slots: CP-SAT does not prove it in minutes, so only the stop can end it early
        int[] sizes = DatasetGenerator.weeklyLoadSizes(500);
        Dataset d = new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad()).generate(sizes[0], sizes[1], 500, 3L);
        MatchingPlan problem = MatchingProblems.create(DatasetProblemMapper.INSTANCE.input("weekly", d));
        AtomicReference<Thread> searching = new AtomicReference<>();
        CompletableFuture<ExactResult> run = CompletableFuture.supplyAsync(() -> {
            searching.set(Thread.currentThread());
            return ExactMatching.solve(problem, ExactSettings.of(120).withWorkers(2));
        });
        long waited = 0;
        while (!ExactStops.searching(searching.get()) && waited < 30_000) {
            Thread.sleep(20);
            waited += 20;
        }
        assertThat(waited).as("the search registered its thread").isLessThan(30_000);
        Thread.sleep(1_000); // let CP-SAT start its search
        ExactStops.stopOn(searching.get());
        long stopAsked = System.nanoTime();
        ExactResult result = run.get(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - stopAsked) / 1e9;

        assertThat(seconds).as("ended by the stop, far before its 120 s + 60 s").isLessThan(10.0);
        assertThat(result.status()).isNotEqualTo(ExactResult.Status.OPTIMAL);
        assertThat(result.hoursBound()).isGreaterThanOrEqualTo(result.hours());
        assertThat(IndependentChecker.violations(result.plan())).isEmpty();
        assertThat(ExactStops.searching(searching.get())).as("the search's registration ended with it").isFalse();
        assertThat(ExactStops.stopOn(searching.get())).isFalse();
    }
}
