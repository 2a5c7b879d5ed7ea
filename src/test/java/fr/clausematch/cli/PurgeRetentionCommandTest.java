package fr.clausematch.cli;

import fr.clausematch.ClausematchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code purge} as a user runs it, on a throw-away embedded PostgreSQL loaded with the tiny sample. */
@ExtendWith(ThrowAwayDatabase.class)
class PurgeRetentionCommandTest {

    @Test
    void anonymisesThePeopleWithoutContactAndPrintsTheCount() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLineDispatcher cli = CommandLineDispatcher.standard(ClausematchApplication.class);

        assertThat(cli.run(new String[]{"import", Path.of("sample-data", "tiny").toString()}, o, e)).as(err.toString()).isZero();
        // The import sets every last contact to the day of the import: nobody is past the limit today.
        assertThat(cli.run(new String[]{"purge"}, o, e)).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Purge terminée : 0 personne(s) anonymisée(s)");

        assertThat(cli.run(new String[]{"purge", "--today", "2100-01-01"}, o, e)).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Purge terminée : 20 personne(s) anonymisée(s)")
                .contains("plus de 730 jours au 2100-01-01");
        assertThat(cli.run(new String[]{"purge", "--today", "2100-01-01"}, o, e)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("Purge terminée : 0 personne(s) anonymisée(s) (sans contact depuis plus de 730 jours au 2100-01-01)" + System.lineSeparator());

        assertThat(cli.run(new String[]{"purge", "--today", "demain"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("date invalide pour --today");
    }
}
