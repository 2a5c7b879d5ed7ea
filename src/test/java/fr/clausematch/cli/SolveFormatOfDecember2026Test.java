package fr.clausematch.cli;

import fr.clausematch.limits.QpvCodes;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code solve} reads the exchange format of 2026-12-01: empty communes and QPV codes of both lists. */
class SolveFormatOfDecember2026Test {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    /** The tiny sample with the candidates' and contracts' cells replaced; returns the folder. */
    private Path tiny(String candidatesFrom, String candidatesTo, String contractsFrom, String contractsTo) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("candidates.csv"), Files.readString(TinySample.file("candidates.csv"))
                .replace(candidatesFrom, candidatesTo));
        Files.writeString(in.resolve("contracts.csv"), Files.readString(TinySample.file("contracts.csv"))
                .replace(contractsFrom, contractsTo));
        Files.copy(TinySample.file("slots.csv"), in.resolve("slots.csv"));
        return in;
    }

    private int solve(Path in) throws Exception {
        return new SolveCommand().run(List.of("--dataset", in.toString(), "--out", dir.resolve("out").toString(),
                "--seconds", "1"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void emptyCommunesAndCodesOfBothListsAreSolved() throws Exception {
        // every Dijon of the candidates and of the contracts emptied; T-P01's code of 2015 becomes one of 2024
        Path in = tiny(",Dijon,", ",,", ",Dijon,", ",,");
        Files.writeString(in.resolve("candidates.csv"), Files.readString(in.resolve("candidates.csv"))
                .replace("T-P01,F,1988,,47.3391,5.0602,QP021001", "T-P01,F,1988,,47.3391,5.0602,QN02101A")
                .replace("QP025004", "QP02A004"));

        assertThat(solve(in)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readAllLines(dir.resolve("out").resolve("assignments.csv"))).hasSize(11);
    }

    @Test
    void aWrongCodeIsRefusedWithTheReasonOfTheImport() throws Exception {
        Path in = tiny("QP021002", "QP2A0001", "@none@", "");

        assertThat(solve(in)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(QpvCodes.MESSAGE + " : QP2A0001");
    }
}
