package fr.clausematch.cli;

import fr.clausematch.ClausematchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import} and {@code export} as a user runs them: each starts the application without its web
 * layer on an embedded PostgreSQL (here a throw-away one in a temporary folder, kept between the two).
 */
@ExtendWith(ThrowAwayDatabase.class)
class DatabaseCommandsTest {

    @TempDir Path tmp;

    @Test
    void importThenExportGivesBackTheSameFilesAndASecondImportIsRefused() throws Exception {
        Path tiny = Path.of("sample-data", "tiny");
        Path source = tmp.resolve("source");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLineDispatcher cli = CommandLineDispatcher.standard(ClausematchApplication.class);

        assertThat(cli.run(new String[]{"import", tiny.toString(), "--territory", "21"}, o, e)).as(err.toString()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Import terminé");
        assertThat(cli.run(new String[]{"export", source.toString()}, o, e)).as(err.toString()).isZero();

        assertThat(cli.run(new String[]{"import", source.toString()}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Import refusé, rien n'a été écrit")
                .contains("candidates.csv:2 [id]").contains("existe déjà dans la base");

        Path again = tmp.resolve("again");
        assertThat(cli.run(new String[]{"export", again.toString()}, o, e)).isZero();
        for (String file : List.of("candidates.csv", "contracts.csv", "slots.csv")) {
            assertThat(Files.readString(again.resolve(file))).as(file).isEqualTo(Files.readString(source.resolve(file)));
        }
        Path doubs = tmp.resolve("doubs");
        assertThat(cli.run(new String[]{"export", doubs.toString(), "--territory", "25"}, o, e)).isZero();
        long doubsPeople = Files.readAllLines(tiny.resolve("candidates.csv")).stream().filter(line -> line.endsWith(",25")).count();
        assertThat(Files.readAllLines(doubs.resolve("candidates.csv"))).hasSize(1 + (int) doubsPeople)
                .allSatisfy(line -> assertThat(line).endsWith(line.startsWith("id,") ? "territory" : ",25"));
        assertThat(cli.run(new String[]{"export", tmp.resolve("x").toString(), "--territory", "99"}, o, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Territoire inconnu : 99");
    }
}
