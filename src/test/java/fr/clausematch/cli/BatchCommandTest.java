package fr.clausematch.cli;

import fr.clausematch.ClausematchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code batch run|status|restart} as a user runs them, on a throw-away embedded PostgreSQL (each command starts the
 * application: few of them here; the refusals themselves are {@link fr.clausematch.batch.BatchRunsTest}'s), and bad arguments.
 */
class BatchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final CommandLineDispatcher cli = CommandLineDispatcher.standard(ClausematchApplication.class);

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args, o, e);
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWith2() {
        for (String[] args : new String[][]{{"batch"}, {"batch", "frob"}, {"batch", "run"}, {"batch", "run", "--all", "--territories", "21"},
                {"batch", "run", "--all", "--budget", "15 min"}, {"batch", "run", "--all", "--budget", "5s"}, {"batch", "restart"},
                {"batch", "stop", "abc"}, {"batch", "status", "1", "2"}, {"batch", "run", "--all", "--workers", "nowhere"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(String.join(" ", args)).startsWith("Erreur : ").contains("Usage : batch run");
        }
        run("batch", "run", "--all", "--budget", "15 min");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("budget invalide : « 15 min » (attendu par exemple 90s, 15m ou 1h)");
        run("batch", "run", "--all", "--workers", "nowhere");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ouvriers inconnus : « nowhere » (attendu local ou remote)");
        run("help");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("batch run [--territories 21,25 | --all] [--budget 15m] [--workers local|remote]")
                .contains("java -jar clausematch.jar worker ");
    }

    @Test
    void aWorkerWithoutASharedDatabaseIsRefused() {
        String url = System.getProperty("spring.datasource.url");
        System.setProperty("spring.datasource.url", "");
        try {
            assertThat(run("worker")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refusé : un ouvrier a besoin de la base partagée")
                    .contains("SPRING_DATASOURCE_URL");
            assertThat(run("worker", "extra")).isEqualTo(2);
        } finally {
            if (url == null) {
                System.clearProperty("spring.datasource.url");
            } else {
                System.setProperty("spring.datasource.url", url);
            }
        }
    }

    @Test
    @ExtendWith(ThrowAwayDatabase.class)
    void aRunPrintsItsNumberThenOneLinePerTerritoryAndIsReadByStatus() {
        assertThat(run("import", Path.of("sample-data", "tiny").toString())).as(err.toString()).isZero();
        assertThat(run("batch", "run", "--territories", "21,25", "--budget", "10s")).as(err.toString()).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher launched = Pattern.compile("Calcul par lots (\\d+) lancé : 2 territoire\\(s\\) \\(21, 25\\), budget 10 s").matcher(printed);
        assertThat(launched.find()).as(printed).isTrue();
        String number = launched.group(1);
        assertThat(printed).contains("Calcul par lots " + number + " : terminé")
                .contains("territoire  statut  postes  heures pourvues  heures de la référence  borne prouvée, écart  part femmes  part QPV  durée")
                .containsPattern("\\n21  terminé  \\d+ postes  [\\d  ]+ h pourvues  [\\d  ]+ h \\(référence\\)  "
                        + "borne prouvée \\d+ h \\((exact|cp-sat[+a-z]*)\\), écart [\\d,]+ %  femmes [\\d,]+ %  QPV [\\d,]+ %  [\\d,]+ s  "
                        + "trajets [\\d\\s\u202f\u00a0]+ km, [\\d\\s\u202f\u00a0]+ kg CO2e \\(référence [\\d\\s\u202f\u00a0]+ km, [\\d\\s\u202f\u00a0]+ kg\\)")
                .containsPattern("\\n25  terminé  ")
                .containsPattern("\\ntotal  [\\d  ]+ h pourvues  [\\d  ]+ h \\(référence\\) sur les territoires planifiés  trajets ")
                .doesNotContain("territoire 21 : plan"); // a finished run's line does not repeat the table

        assertThat(run("batch", "status", number)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("\\n21  terminé  ")
                .contains("Calcul par lots " + number + " : terminé — 2 territoire(s), budget 10 s, 1 exécution(s)");
        assertThat(run("batch", "restart", number)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refusé : le calcul par lots " + number + " est terminé : rien à reprendre");

        System.setProperty("spring.rabbitmq.port", "1");
        try {
            assertThat(run("batch", "run", "--territories", "21", "--budget", "10s", "--workers", "remote")).isEqualTo(2);
        } finally {
            System.clearProperty("spring.rabbitmq.port");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Refusé : le courtier RabbitMQ localhost:1 ne répond pas : ")
                .contains(" ; rien n'a été lancé");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("lancé :");
        assertThat(run("batch", "status")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("no run was created").containsOnlyOnce("Calcul par lots ");
    }
}
