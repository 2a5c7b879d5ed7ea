package fr.clausematch.dataset;

import fr.clausematch.dataset.generator.DatasetGenerator;
import fr.clausematch.matching.exact.ExactMatching;
import fr.clausematch.matching.exact.ExactResult;
import fr.clausematch.matching.exact.ExactSettings;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly-load profile: reproducible, valid, shaped as it says, and rule 9 is what limits its hours. */
class WeeklyLoadProfileTest {

    private static final DatasetGenerator WEEKLY = new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad());

    @Test
    void sameSeedSameBytesAndTheFolderReadsBackValid(@TempDir Path dir) throws Exception {
        int[] sizes = DatasetGenerator.weeklyLoadSizes(400);
        assertThat(sizes).containsExactly(50, 40);
        WEEKLY.generate(sizes[0], sizes[1], 400, 5L, dir.resolve("a"));
        new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad()).generate(sizes[0], sizes[1], 400, 5L, dir.resolve("b"));
        for (String file : List.of(DatasetColumns.CANDIDATES_FILE, DatasetColumns.CONTRACTS_FILE, DatasetColumns.SLOTS_FILE)) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
        Dataset read = new DatasetReader().read(dir.resolve("a"));
        assertThat(read.slots()).hasSize(400);
        assertThat(read.candidates()).hasSize(50).allSatisfy(c -> assertThat(c.id()).startsWith("W-P"));
    }

    @Test
    void fewEligiblePeopleWithSeveralTradesAndLongOverlappingPartTimeSlots() {
        int[] sizes = DatasetGenerator.weeklyLoadSizes(300);
        Dataset d = WEEKLY.generate(sizes[0], sizes[1], 300, 9L);
        assertThat(d.candidates()).allSatisfy(c -> {
            assertThat(c.eligibility()).isNotEmpty();
            assertThat(c.trades()).hasSizeBetween(2, 4);
            assertThat(c.maxDistanceKm()).isBetween(30.0, 80.0);
        });
        LocalDate first = LocalDate.of(2026, 3, 2);
        assertThat(d.slots()).allSatisfy(s -> {
            assertThat(s.hoursPerWeek()).isBetween(BigDecimal.valueOf(12), BigDecimal.valueOf(20));
            assertThat(ChronoUnit.DAYS.between(s.startDate(), s.endDate()) + 1).isBetween(12 * 7L, 26 * 7L);
            assertThat(s.startDate()).isBetween(first, first.plusDays(41));
        });
    }

    @Test
    void ruleNineIsWhatLimitsTheHours() {
        int[] sizes = DatasetGenerator.weeklyLoadSizes(160);
        Dataset d = WEEKLY.generate(sizes[0], sizes[1], 160, 3L);
        MatchingPlan problem = MatchingProblems.create(DatasetProblemMapper.INSTANCE.input("weekly", d));
        long takeable = problem.getSlots().stream().filter(s -> !s.getCompatibleCandidates().isEmpty())
                .mapToLong(Slot::getHours).sum();
        long total = problem.getSlots().stream().mapToLong(Slot::getHours).sum();
        assertThat(takeable).as("rules 1-8 leave most slots to someone").isGreaterThan(total * 8 / 10);
        ExactResult exact = ExactMatching.solve(problem, ExactSettings.of(20).withWorkers(2).withoutShares());
        assertThat(exact.hoursBound()).as("rule 9 caps the hours far below what rules 1-8 allow")
                .isLessThan(takeable / 2);
    }
}
