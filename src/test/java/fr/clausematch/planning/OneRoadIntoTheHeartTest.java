package fr.clausematch.planning;

import fr.clausematch.cli.DatasetProblems;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's road and the {@code solve} command's road give the heart the same facts for the same rows: a
 * dataset imported then loaded as a territory's planning problem, and the same dataset read as one problem.
 * Besides the tiny sample, rows with weekly hours of one decimal (stored at scale 1: 35 comes back as 35.0) and
 * empty cells (no gender, commune, QPV, criterion, licence).
 */
@IntegrationTest
class OneRoadIntoTheHeartTest {

    @Autowired DatasetImporter importer;
    @Autowired PlanningProblemLoader loader;

    static final String TERRITORY = "21";

    static Dataset sampleAndEdges() {
        Dataset tiny = new DatasetReader().read(TinySample.folder());
        List<CandidateRow> people = new ArrayList<>(tiny.candidates());
        people.add(new CandidateRow("T-X1", null, 1995, null, 47.31, 5.04, null, Set.of(), null, List.of("F1704"), 0,
                List.of(), 12.5, null, null, new BigDecimal("17.5"), LocalDate.of(2026, 1, 5), TERRITORY));
        people.add(new CandidateRow("T-X2", Gender.M, 1970, "Dijon", 47.3, 5.0,
                "QP021001", Set.of(EligibilityCriterion.RSA), LocalDate.of(2027, 6, 30),
                List.of("K2204", "F1704"), 4, List.of("B", "SST"), 30, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("22.5"), LocalDate.of(2025, 11, 3), TERRITORY));
        List<ContractRow> contracts = new ArrayList<>(tiny.contracts());
        contracts.add(new ContractRow("T-CX", "Ville de Dijon", "Voirie", ContractType.WORKS,
                LegalBasis.AWARD_CRITERION, true, null, 47.32, 5.04, null,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31), 300, TERRITORY));
        List<SlotRow> slots = new ArrayList<>(tiny.slots());
        slots.add(new SlotRow("T-SX", "T-CX", "F1704", 160, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 26),
                new BigDecimal("20.5"), 3, List.of("B", "SST")));
        return new Dataset(people, contracts, slots);
    }

    /** The rows of one territory: its people, its contracts and their slots. */
    static Dataset ofTerritory(Dataset dataset, String territory) {
        List<ContractRow> contracts = dataset.contracts().stream().filter(k -> territory.equals(k.territory())).toList();
        Set<String> ids = contracts.stream().map(ContractRow::id).collect(Collectors.toSet());
        return new Dataset(dataset.candidates().stream().filter(c -> territory.equals(c.territory())).toList(), contracts,
                dataset.slots().stream().filter(s -> ids.contains(s.contractId())).toList());
    }

    @Test
    void theDatabaseAndTheFilesGiveTheSameFacts() {
        Dataset dataset = sampleAndEdges();
        importer.importDataset(dataset, null, "test");
        Dataset files = ofTerritory(dataset, TERRITORY);

        MatchingInput fromDatabase = loader.load(TERRITORY, "p").input();
        MatchingInput fromFiles = DatasetProblemMapper.INSTANCE.input("p", files);

        assertThat(fromDatabase.candidates()).hasSize(files.candidates().size()).hasSizeGreaterThan(10);
        assertThat(fromDatabase.slots()).hasSize(files.slots().size()).hasSizeGreaterThan(5);
        assertThat(fromDatabase.candidates()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(fromFiles.candidates());
        assertThat(fromDatabase.contracts()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(fromFiles.contracts());
        assertThat(byId(fromDatabase.slots())).usingRecursiveComparison().ignoringCollectionOrder()
                .isEqualTo(byId(fromFiles.slots()));
        assertThat(fromDatabase.confirmed()).isEmpty();
        assertThat(fromDatabase.rejected()).isEmpty();

        Candidate edge = fromDatabase.candidates().stream().filter(c -> c.id().equals("T-X1")).findFirst().orElseThrow();
        assertThat(edge.maxTenthsPerWeek()).isEqualTo(175);
        assertThat(edge.gender()).isNull();
        assertThat(edge.commune()).isNull();
        assertThat(byId(fromDatabase.slots()).get("T-SX").getTenthsPerWeek()).isEqualTo(205);
    }

    @Test
    void theProblemsSolvedAreTheSame() {
        Dataset dataset = sampleAndEdges();
        importer.importDataset(dataset, null, "test");

        MatchingPlan fromDatabase = MatchingProblems.create(loader.load(TERRITORY, "p").input());
        MatchingPlan fromFiles = DatasetProblems.toProblem("p", ofTerritory(dataset, TERRITORY), MatchingSettings.defaults());

        assertThat(seniority(fromDatabase)).isEqualTo(seniority(fromFiles)).isNotEmpty();
        assertThat(compatible(fromDatabase)).isEqualTo(compatible(fromFiles));
        assertThat(compatible(fromDatabase).get("T-SX")).as("22.5 h a week fit a slot of 20.5").contains("T-X2");
    }

    static Map<String, Slot> byId(List<Slot> slots) {
        return slots.stream().collect(Collectors.toMap(Slot::getId, Function.identity()));
    }

    static Map<String, Integer> seniority(MatchingPlan plan) {
        return plan.getCandidates().stream().collect(Collectors.toMap(Candidate::id, Candidate::seniorityDays));
    }

    static Map<String, Set<String>> compatible(MatchingPlan plan) {
        return plan.getSlots().stream().collect(Collectors.toMap(Slot::getId,
                s -> s.getCompatibleCandidates().stream().map(Candidate::id).collect(Collectors.toSet())));
    }
}
