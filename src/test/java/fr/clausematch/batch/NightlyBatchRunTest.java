package fr.clausematch.batch;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly schedule: off by default; set, it launches a run of every territory with slots at its hour, with
 * its budget and « calcul nocturne » as who asked, and a firing while that run goes on starts no second one.
 */
@IntegrationTest
class NightlyBatchRunTest {

    @Autowired BatchRuns runs;
    @Autowired BatchRunProperties properties;
    @Autowired NightlyBatchRun shipped;
    @Autowired DatasetImporter importer;

    @Test
    void offByDefault() {
        assertThat(properties.nightlyCron()).isEmpty();
        assertThat(shipped.scheduled()).isFalse();
    }

    @Test
    void aScheduleLaunchesOneRunOfEveryTerritoryWithSlotsAtItsHour() throws Exception {
        TinySample.load(importer);
        NightlyBatchRun nightly = new NightlyBatchRun(runs, new BatchRunProperties(1, Duration.ofSeconds(2), "* * * * * *",
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMillis(500),
                Duration.ofSeconds(1), Duration.ofMinutes(2)));
        try {
            nightly.schedule();
            assertThat(nightly.scheduled()).isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (runs.list().isEmpty()) {
                assertThat(System.nanoTime()).as("the schedule fires within seconds").isLessThan(deadline);
                Thread.sleep(100);
            }
            RunView launched = runs.list().get(runs.list().size() - 1);
            Thread.sleep(2_500); // more firings: refused while a run holds the territories
            nightly.destroy();
            RunView done = runs.await(launched.id());

            assertThat(done.requestedBy()).isEqualTo(NightlyBatchRun.ACTOR);
            assertThat(done.budgetSeconds()).isEqualTo(10);
            assertThat(done.territories()).as("every territory with slots: the tiny sample's 21").isEqualTo(List.of("21"));
            assertThat(done.status()).isEqualTo("COMPLETED");
            assertThat(done.partitions().get(0).planId()).isNotNull();
            List<RunView> all = new java.util.ArrayList<>();
            for (RunView run : runs.list()) {
                all.add(runs.await(run.id()));
            }
            all.sort(java.util.Comparator.comparing(RunView::startedAt));
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).startedAt()).as("never two nightly runs of a territory at once")
                        .isAfterOrEqualTo(all.get(i - 1).endedAt());
            }
        } finally {
            nightly.destroy();
        }
    }
}
