package fr.clausematch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code recommend} command on the tiny sample, its plan read from a solve's assignments (no solve, no timing asserted). */
class RecommendCommandTest {

    @Test
    void printsWhereTheNewcomerCouldWorkInFrenchWordsAndWhoCouldFillASlot(@TempDir Path dir) throws Exception {
        Path assignments = dir.resolve("assignments.csv");
        // T-S01 held by T-P06, T-S04 by T-P01; the person asked about is T-P19 (site labourer of Chenôve, QPV)
        Files.writeString(assignments, "slot_id,candidate_id\nT-S01,T-P06\nT-S04,T-P01\nT-S10,T-P16\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int status = new RecommendCommand().run(List.of("--dataset", "sample-data/tiny", "--candidate", "T-P19",
                "--assignments", assignments.toString(), "--slot", "T-S01"), out, out);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("Plan sans T-P19 : 910 h pourvues sur 10 postes (lu")
                .contains("Où pourrait travailler T-P19 : ")
                .contains("T-P19 prend le poste T-S04 à T-P01.")
                .contains("Règles 1 à 9 respectées : métier F1704")
                .contains("presque : T-S10 T-P19 (F1703), 350 h : niveau 0 alors que 3 est demandé")
                .contains("Qui pourrait prendre T-S01 : ");
        assertThatThrownBy(() -> new RecommendCommand().run(List.of("--dataset", "sample-data/tiny", "--candidate", "NOPE"), out, out))
                .isInstanceOf(UsageException.class);
    }
}
