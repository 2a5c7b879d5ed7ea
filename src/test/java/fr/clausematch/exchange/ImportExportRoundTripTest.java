package fr.clausematch.exchange;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.dataset.DatasetWriter;
import fr.clausematch.support.EmptyDatabaseExtension;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ImportExportRoundTripTest {

    static final Path SAMPLE = Path.of("sample-data", "bourgogne-franche-comte");
    static final Path TINY = Path.of("sample-data", "tiny");
    static final List<String> FILES = List.of("candidates.csv", "contracts.csv", "slots.csv");

    @Autowired DatasetImporter importer;
    @Autowired DatasetExporter exporter;
    @Autowired JdbcTemplate jdbc;

    final DatasetReader reader = new DatasetReader();
    final DatasetWriter writer = new DatasetWriter();

    @Test
    void exportImportIntoAnEmptyDatabaseExportGivesIdenticalFiles(@TempDir Path tmp) throws Exception {
        Dataset sample = reader.read(SAMPLE);
        ImportReport report = importer.importDataset(sample, null, "test");
        assertThat(report.candidates()).isEqualTo(sample.candidates().size());
        assertThat(report.slots()).isEqualTo(sample.slots().size());
        assertThat(report.territoriesCreated()).contains("21", "25", "90");

        Path first = tmp.resolve("first");
        writer.write(exporter.export(null), first);
        assertThat(reader.read(first)).as("nothing of the sample is lost on the way").isEqualTo(sample);

        emptyDatabase();
        importer.importDataset(reader.read(first), null, "test");
        Path second = tmp.resolve("second");
        writer.write(exporter.export(null), second);
        for (String file : FILES) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void exportOfOneTerritoryHoldsItsPeopleContractsAndSlotsOnly(@TempDir Path tmp) {
        Dataset sample = reader.read(SAMPLE);
        importer.importDataset(sample, null, "test");
        Dataset doubs = exporter.export("25");
        assertThat(doubs.candidates()).isNotEmpty().allSatisfy(c -> assertThat(c.territory()).isEqualTo("25"));
        assertThat(doubs.contracts()).isNotEmpty().allSatisfy(c -> assertThat(c.territory()).isEqualTo("25"));
        List<String> contractIds = doubs.contracts().stream().map(c -> c.id()).toList();
        assertThat(doubs.slots()).isNotEmpty().allSatisfy(s -> assertThat(contractIds).contains(s.contractId()));
        assertThat(doubs.candidates()).hasSize((int) sample.candidates().stream().filter(c -> "25".equals(c.territory())).count());
        assertThat(doubs.slots()).hasSize((int) sample.slots().stream().filter(s -> contractIds.contains(s.contractId())).count());
    }

    @Test
    void idsAlreadyInTheDatabaseAreRefusedLineByLineAndNothingIsWritten() {
        Dataset tiny = reader.read(TINY);
        importer.importDataset(tiny, "21", "test");
        Map<String, Object> before = counts();

        assertThatThrownBy(() -> importer.importDataset(tiny, "21", "test"))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> {
                    assertThat(e.errors()).hasSize(tiny.candidates().size() + tiny.contracts().size() + tiny.slots().size());
                    assertThat(e.errors()).contains(new DatasetError("candidates.csv", 2, "id",
                            "l'identifiant " + tiny.candidates().get(0).id() + " existe déjà dans la base : il n'est pas remplacé"));
                    assertThat(e.errors()).extracting(DatasetError::file).contains("contracts.csv", "slots.csv");
                });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void rowsWithoutTerritoryNeedOneChosenAtImport() {
        Dataset tiny = reader.read(TINY);
        Dataset noTerritory = new Dataset(
                tiny.candidates().stream().map(c -> new fr.clausematch.dataset.CandidateRow(c.id(), c.gender(), c.birthYear(),
                        c.commune(), c.latitude(), c.longitude(), c.qpvCode(), c.eligibility(), c.eligibilityUntil(), c.trades(),
                        c.qualificationLevel(), c.licences(), c.maxDistanceKm(), c.availableFrom(), c.availableUntil(),
                        c.maxHoursPerWeek(), c.registeredOn(), null)).toList(),
                tiny.contracts(), tiny.slots());
        assertThatThrownBy(() -> importer.importDataset(noTerritory, null, "test"))
                .isInstanceOfSatisfying(DatasetFormatException.class, e -> assertThat(e.errors())
                        .hasSize(tiny.candidates().size())
                        .allSatisfy(error -> assertThat(error.column()).isEqualTo("territory")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isZero();

        importer.importDataset(noTerritory, "39", "test");
        assertThat(jdbc.queryForList("SELECT DISTINCT territory_code FROM candidate", String.class)).containsExactly("39");
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                SELECT (SELECT count(*) FROM candidate) AS candidates, (SELECT count(*) FROM candidate_trade) AS trades,
                       (SELECT count(*) FROM contract) AS contracts, (SELECT count(*) FROM slot) AS slots,
                       (SELECT count(*) FROM buyer) AS buyers, (SELECT count(*) FROM territory) AS territories""");
    }

    private void emptyDatabase() {
        jdbc.execute("TRUNCATE territory, qpv, buyer, candidate, contract, slot, plan, assignment, assignment_event CASCADE");
    }
}
