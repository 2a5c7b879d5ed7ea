package fr.clausematch.cli;

import fr.clausematch.ClausematchApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line without a database: dispatching, bad arguments, the generator. */
class CommandLineTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return CommandLineDispatcher.standard(ClausematchApplication.class).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void springOptionsAreNotCommands() {
        assertThat(CommandLineDispatcher.isCommandLine(new String[]{"--server.port=9090"})).isFalse();
        assertThat(CommandLineDispatcher.isCommandLine(new String[]{})).isFalse();
        assertThat(CommandLineDispatcher.isCommandLine(new String[]{"import", "x"})).isTrue();
    }

    @Test
    void unknownCommandPrintsUsageAndExits2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("Commande inconnue : frobnicate").contains("generate --candidates N");
    }

    @Test
    void badArgumentsPrintTheCommandUsageAndExit2() {
        assertThat(run("import")).isEqualTo(2);
        assertThat(err()).contains("Usage : import DOSSIER");
        assertThat(run("import", "/no/such/folder")).isEqualTo(2);
        assertThat(run("export", "out", "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("option inconnue : --colour");
        assertThat(run("generate", "--candidates", "ten", "--contracts", "1", "--slots", "1", "--seed", "1", "--out", "x")).isEqualTo(2);
        assertThat(err()).contains("--candidates attend un nombre entier");
        assertThat(run("generate", "--candidates", "1", "--contracts", "1", "--slots", "1", "--out", "x")).isEqualTo(2);
        assertThat(err()).contains("option obligatoire manquante : --seed");
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import DOSSIER", "export DOSSIER", "generate --candidates");
    }

    @Test
    void importOfAMalformedFolderListsItsErrorsWithoutTouchingAnyDatabase(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("candidates.csv"), "id,gender\nC1,X\n");
        Files.writeString(dir.resolve("contracts.csv"), "id\n");
        assertThat(run("import", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("rien n'a été importé").contains("slots.csv").contains("candidates.csv");
    }

    @Test
    void generatorGivesIdenticalFilesForASeedAndOtherFilesForAnother(@TempDir Path dir) throws Exception {
        List<String> args = List.of("--candidates", "300", "--contracts", "80", "--slots", "250");
        assertThat(run(generate(args, "42", dir.resolve("a")))).isZero();
        assertThat(run(generate(args, "42", dir.resolve("b")))).isZero();
        assertThat(run(generate(args, "43", dir.resolve("c")))).isZero();
        for (String file : List.of("candidates.csv", "contracts.csv", "slots.csv")) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(file));
            assertThat(a).as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
            assertThat(a).as(file).isNotEqualTo(Files.readAllBytes(dir.resolve("c").resolve(file)));
        }
        assertThat(Files.readAllLines(dir.resolve("a").resolve("slots.csv"))).hasSize(251);
    }

    private static String[] generate(List<String> sizes, String seed, Path out) {
        var args = new java.util.ArrayList<String>();
        args.add("generate");
        args.addAll(sizes);
        args.addAll(List.of("--seed", seed, "--out", out.toString()));
        return args.toArray(String[]::new);
    }
}
