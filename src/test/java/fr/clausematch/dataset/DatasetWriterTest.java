package fr.clausematch.dataset;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetWriterTest {

    @TempDir
    Path dir;

    private final DatasetReader reader = new DatasetReader();
    private final DatasetWriter writer = new DatasetWriter();

    private static Dataset handMade() {
        CandidateRow candidate = new CandidateRow("P1", Gender.F, 1988, "Dijon, \"Grésilles\"\nnord", 47.3220,
                5.0, "QP021001", EnumSet.of(EligibilityCriterion.PASS_IAE, EligibilityCriterion.DELD),
                LocalDate.of(2027, 1, 31), List.of("K2204", "F1704"), 3, List.of("SST", "B"), 35.0, null, null,
                new BigDecimal("17.50"), LocalDate.of(2024, 2, 12), null);
        CandidateRow other = new CandidateRow("P2", null, 1970, "Sens", -0.5, 3.28, null, Set.of(), null,
                List.of(), 0, List.of(), 12.25, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30),
                new BigDecimal("35.0"), LocalDate.of(2023, 3, 1), "89");
        ContractRow contract = new ContractRow("C1", "Ville; de Dijon", "Voirie, lot 2", ContractType.WORKS,
                LegalBasis.RESERVED_SIAE, true, "Dijon", 47.322, 5.0415, null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 12, 31), 300, "21");
        SlotRow slot = new SlotRow("S1", "C1", "F1704", 300, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 31),
                new BigDecimal("7.0"), 0, List.of("HAB_ELEC", "B"));
        return new Dataset(List.of(candidate, other), List.of(contract), List.of(slot));
    }

    @Test
    void writesTheCanonicalForm() throws Exception {
        ByteArrayOutputStream candidates = new ByteArrayOutputStream();
        ByteArrayOutputStream contracts = new ByteArrayOutputStream();
        ByteArrayOutputStream slots = new ByteArrayOutputStream();

        writer.write(handMade(), candidates, contracts, slots);

        assertThat(candidates.toString(StandardCharsets.UTF_8)).isEqualTo(
                String.join(",", DatasetColumns.CANDIDATES) + "\n"
                + "P1,F,1988,\"Dijon, \"\"Grésilles\"\"\nnord\",47.322,5,QP021001,DELD|PASS_IAE,2027-01-31,"
                + "K2204|F1704,3,SST|B,35,,,17.5,2024-02-12,\n"
                + "P2,,1970,Sens,-0.5,3.28,,,,,0,,12.25,2026-01-05,2026-06-30,35,2023-03-01,89\n");
        assertThat(contracts.toString(StandardCharsets.UTF_8)).isEqualTo(
                "id,buyer,title,type,legal_basis,anru,commune,latitude,longitude,qpv_code,start_date,end_date,"
                + "required_hours,territory\n"
                + "C1,Ville; de Dijon,\"Voirie, lot 2\",WORKS,RESERVED_SIAE,true,Dijon,47.322,5.0415,,2026-03-02,"
                + "2026-12-31,300,21\n");
        assertThat(slots.toString(StandardCharsets.UTF_8)).isEqualTo(
                "id,contract_id,trade,hours,start_date,end_date,hours_per_week,min_qualification_level,"
                + "required_licences\n"
                + "S1,C1,F1704,300,2026-04-06,2026-05-31,7,0,HAB_ELEC|B\n");
        assertThat(candidates.toByteArray()[0]).as("no byte-order mark").isEqualTo((byte) 'i');
    }

    @Test
    void writeThenReadGivesEqualRecords() {
        Dataset dataset = handMade();
        writer.write(dataset, dir);

        Dataset back = reader.read(dir);

        // decimals come back canonical (17.50 -> 17.5), everything else identical
        assertThat(back.contracts()).isEqualTo(dataset.contracts());
        assertThat(back.candidates().get(0).maxHoursPerWeek()).isEqualTo(new BigDecimal("17.5"));
        assertThat(back.slots().get(0).hoursPerWeek()).isEqualTo(new BigDecimal("7"));
        assertThat(back.candidates().get(0).eligibility()).isEqualTo(dataset.candidates().get(0).eligibility());
        assertThat(back.candidates().get(0).commune()).isEqualTo(dataset.candidates().get(0).commune());
        writer.write(back, dir.resolve("again"));
        assertThat(reader.read(dir.resolve("again"))).isEqualTo(back);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bourgogne-franche-comte", "tiny"})
    void sampleDataRoundTrips(String name) throws Exception {
        Path sample = SampleData.folder(name);
        Dataset read = reader.read(sample);

        writer.write(read, dir.resolve("once"));
        Dataset reread = reader.read(dir.resolve("once"));
        writer.write(reread, dir.resolve("twice"));

        assertThat(reread).isEqualTo(read);
        for (String file : List.of(DatasetColumns.CANDIDATES_FILE, DatasetColumns.CONTRACTS_FILE,
                DatasetColumns.SLOTS_FILE)) {
            byte[] once = Files.readAllBytes(dir.resolve("once").resolve(file));
            assertThat(Files.readAllBytes(dir.resolve("twice").resolve(file))).as(file).isEqualTo(once);
            assertThat(once).as("committed %s is already canonical", file)
                    .isEqualTo(Files.readAllBytes(sample.resolve(file)));
        }
    }
}
