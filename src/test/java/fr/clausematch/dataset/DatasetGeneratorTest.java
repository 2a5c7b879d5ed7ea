package fr.clausematch.dataset;

import fr.clausematch.dataset.generator.DatasetGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetGeneratorTest {

    private static final List<String> FILES = List.of(DatasetColumns.CANDIDATES_FILE, DatasetColumns.CONTRACTS_FILE,
            DatasetColumns.SLOTS_FILE);

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
        DatasetGenerator generator = new DatasetGenerator();
        generator.generate(3000, 1000, 2500, 7L, dir.resolve("a"));
        new DatasetGenerator().generate(3000, 1000, 2500, 7L, dir.resolve("b"));
        generator.generate(3000, 1000, 2500, 8L, dir.resolve("c"));

        for (String file : FILES) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(file));
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file).isEqualTo(a);
            assertThat(Files.readAllBytes(dir.resolve("c").resolve(file))).as(file).isNotEqualTo(a);
        }
    }

    @Test
    void streamingAndInMemoryGenerationAgreeAndTheOutputIsValid() throws Exception {
        DatasetGenerator generator = new DatasetGenerator();
        Dataset inMemory = generator.generate(2000, 700, 1800, 11L);
        generator.generate(2000, 700, 1800, 11L, dir.resolve("streamed"));
        new DatasetWriter().write(inMemory, dir.resolve("written"));

        for (String file : FILES) {
            assertThat(Files.readAllBytes(dir.resolve("streamed").resolve(file)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("written").resolve(file)));
        }
        assertThat(new DatasetReader().read(dir.resolve("streamed"))).isEqualTo(inMemory);
    }

    @Test
    void nationalProfileSpreadsOverFranceWithTheCalibration() {
        Dataset dataset = new DatasetGenerator().generate(6000, 2000, 5000, 3L);

        assertThat(dataset.candidates().stream().map(CandidateRow::territory).distinct().count()).isGreaterThan(80);
        assertThat(SampleDataTest.share(dataset.candidates(), c -> c.gender() == fr.clausematch.matching.model.Gender.F))
                .isBetween(0.37, 0.43);
        assertThat(SampleDataTest.share(dataset.candidates(), c -> c.qpvCode() != null)).isBetween(0.32, 0.38);
        assertThat(SampleDataTest.hoursShareByType(dataset).get(fr.clausematch.matching.model.ContractType.WORKS))
                .isBetween(0.52, 0.60);
    }
}
