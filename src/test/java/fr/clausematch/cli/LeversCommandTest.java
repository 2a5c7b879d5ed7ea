package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code levers} command on the tiny sample where T-S01 (140 h) asks for a licence C nobody holds. */
class LeversCommandTest {

    @Test
    void printsEachLeverWithItsHoursItsPeopleAndItsTime() throws Exception {
        Dataset tiny = new DatasetReader().read(TinySample.folder());
        List<SlotRow> slots = tiny.slots().stream().map(s -> !s.id().equals("T-S01") ? s
                : new SlotRow(s.id(), s.contractId(), s.trade(), s.hours(), s.startDate(), s.endDate(), s.hoursPerWeek(),
                s.minQualificationLevel(), List.of("C"))).toList();
        Dataset dataset = new Dataset(tiny.candidates(), tiny.contracts(), slots, tiny.lines());
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

        int status = new LeversCommand(folder -> dataset).run(List.of("--dataset", "tiny", "--plan-seconds", "2", "--seconds", "2"),
                new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8));

        String out = outBytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out).contains("140 h non pourvues sur 1 postes");
        assertThat(out.lines().filter(l -> l.startsWith("permis C")).findFirst().orElseThrow())
                .contains("+   140 h pour   1 personne(s)").matches(".* \\d+ ms \\[T-P\\d+]");
        assertThat(out).contains("+10 km de mobilité").contains("Analyse : ");
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Levier 1/");
    }

    @Test
    void badArgumentsAreAUsageError() {
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> new LeversCommand(folder -> null).run(List.of("--dataset", "x", "--seconds", "zero"), System.out, System.err))
                .getMessage()).contains("--seconds");
    }
}
