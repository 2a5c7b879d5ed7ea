package fr.clausematch.planning;

import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.ProcessOwner;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At a start (and before opening a plan), only plans whose solving process is gone are marked interrupted. */
@IntegrationTest
class InterruptedPlansTest {

    @Autowired PlanResults results;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    @BeforeEach
    void tinySample() {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "tiny")), "21", "test");
    }

    long solvingPlan(String territory, String owner) {
        return jdbc.queryForObject("INSERT INTO plan (territory_code, strategy, status, owner) VALUES (?, 'OPTIMIZE', 'SOLVING', ?) RETURNING id",
                Long.class, territory, owner);
    }

    String status(long plan) {
        return jdbc.queryForObject("SELECT status FROM plan WHERE id = ?", String.class, plan);
    }

    @Test
    void aLiveOwnersPlanIsLeftAloneAndADeadOnesIsFailed() throws Exception {
        jdbc.update("INSERT INTO territory (code, name, kind) VALUES ('25', 'Doubs', 'DEPARTEMENT'), ('39', 'Jura', 'DEPARTEMENT'), ('70', 'Haute-Saône', 'DEPARTEMENT') ON CONFLICT DO NOTHING");
        long mine = solvingPlan("21", ProcessOwner.current().toString());
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        long dead = solvingPlan("25", ProcessOwner.current().host() + ":" + child.pid() + ":1");
        long elsewhere = solvingPlan("39", "another-host.example:42:1");
        long older = solvingPlan("70", null);

        results.markInterrupted();

        assertThat(status(mine)).isEqualTo("SOLVING");
        assertThat(status(dead)).isEqualTo("FAILED");
        assertThat(status(elsewhere)).isEqualTo("SOLVING");
        assertThat(status(older)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("SELECT message FROM plan WHERE id = ?", String.class, dead)).contains("interrompu");

        assertThatThrownBy(() -> results.open("21", PlanStrategy.OPTIMIZE, "test")).isInstanceOf(ConflictException.class);
        jdbc.update("UPDATE plan SET owner = ? WHERE id = ?", ProcessOwner.current().host() + ":" + child.pid() + ":1", mine);
        Plan opened = results.open("21", PlanStrategy.OPTIMIZE, "test");
        assertThat(status(mine)).isEqualTo("FAILED");
        assertThat(opened.getOwner()).isEqualTo(ProcessOwner.current().toString());
    }
}
