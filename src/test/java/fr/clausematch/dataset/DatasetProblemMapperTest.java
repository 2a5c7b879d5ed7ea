package fr.clausematch.dataset;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.Slot;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The one set of rules by which rows of the exchange format enter the heart. */
class DatasetProblemMapperTest {

    static final DatasetProblemMapper MAPPER = DatasetProblemMapper.INSTANCE;

    static CandidateRow person(String id, String maxHoursPerWeek) {
        return new CandidateRow(id, Gender.F, 1988, "Dijon", 47.3391, 5.0602, "QP021001",
                EnumSet.of(EligibilityCriterion.RSA, EligibilityCriterion.DELD), LocalDate.of(2027, 1, 31),
                List.of("F1704", "K2204"), 3, List.of("B", "CACES_R482"), 20, LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 12, 31), maxHoursPerWeek == null ? null : new BigDecimal(maxHoursPerWeek),
                LocalDate.of(2024, 2, 12), "21");
    }

    static ContractRow contract(String id) {
        return new ContractRow(id, "Ville de Dijon", "Voirie", ContractType.WORKS, LegalBasis.EXECUTION_CLAUSE, true,
                "Dijon", 47.322, 5.0415, "", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31), 300, "21");
    }

    static SlotRow slot(String id, String contractId, String hoursPerWeek) {
        return new SlotRow(id, contractId, "F1703", 160, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 26),
                new BigDecimal(hoursPerWeek), 3, List.of("B", "SST"));
    }

    @Test
    void aPersonKeepsEveryFactAndCountsWeeklyHoursInTenths() {
        Candidate fact = MAPPER.candidate(person("P1", "17.5"));

        assertThat(fact.id()).isEqualTo("P1");
        assertThat(fact.gender()).isEqualTo(Gender.F);
        assertThat(fact.commune()).isEqualTo("Dijon");
        assertThat(fact.latitude()).isEqualTo(47.3391);
        assertThat(fact.longitude()).isEqualTo(5.0602);
        assertThat(fact.qpvCode()).isEqualTo("QP021001");
        assertThat(fact.eligibility()).containsExactlyInAnyOrder(EligibilityCriterion.RSA, EligibilityCriterion.DELD);
        assertThat(fact.eligibilityUntil()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(fact.trades()).containsExactlyInAnyOrder("F1704", "K2204");
        assertThat(fact.qualificationLevel()).isEqualTo(3);
        assertThat(fact.licences()).containsExactlyInAnyOrder("B", "CACES_R482");
        assertThat(fact.maxDistanceKm()).isEqualTo(20);
        assertThat(fact.availableFrom()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(fact.availableUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(fact.maxTenthsPerWeek()).isEqualTo(175);
        assertThat(fact.registeredOn()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(fact.seniorityDays()).as("counted for the whole problem, by MatchingProblems").isZero();
    }

    @Test
    void weeklyHoursTakeAtMostOneDecimalWhateverTheScale() {
        assertThat(MAPPER.candidate(person("P1", "35")).maxTenthsPerWeek()).isEqualTo(350);
        assertThat(MAPPER.candidate(person("P1", "35.0")).maxTenthsPerWeek()).isEqualTo(350);
        assertThat(MAPPER.candidate(person("P1", "7.50")).maxTenthsPerWeek()).isEqualTo(75);
        assertThat(MAPPER.candidate(person("P1", "0.1")).maxTenthsPerWeek()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> MAPPER.candidate(person("P1", "17.25")))
                .withMessageContaining("at most one decimal");
        assertThatIllegalArgumentException().isThrownBy(() -> MAPPER.slot(slot("S1", "C1", "12.05"),
                Map.of("C1", MAPPER.contract(contract("C1"))))).withMessageContaining("at most one decimal");
    }

    @Test
    void missingWeeklyHoursAreRefusedNotReadAsZero() {
        assertThatNullPointerException().isThrownBy(() -> MAPPER.candidate(person("P1", null)))
                .withMessageContaining("weekly hours are required");
    }

    @Test
    void emptyCellsMeanNone() {
        CandidateRow bare = new CandidateRow("P2", null, 1990, null, 47, 5, "", Set.of(), null, List.of(), 0,
                List.of(), 10, null, null, new BigDecimal("35"), LocalDate.of(2025, 1, 1), null);
        Candidate fact = MAPPER.candidate(bare);
        assertThat(fact.gender()).isNull();
        assertThat(fact.qpvCode()).isNull();
        assertThat(fact.isQpvResident()).isFalse();
        assertThat(fact.eligibility()).isEmpty();
        assertThat(fact.trades()).isEmpty();
        assertThat(fact.licences()).isEmpty();
        assertThat(MAPPER.contract(contract("C1")).qpvCode()).isNull();
    }

    @Test
    void aContractKeepsEveryFact() {
        Contract fact = MAPPER.contract(contract("C1"));
        assertThat(fact).usingRecursiveComparison().isEqualTo(new Contract("C1", "Ville de Dijon", ContractType.WORKS,
                LegalBasis.EXECUTION_CLAUSE, true, "Dijon", 47.322, 5.0415, null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 12, 31), 300));
    }

    @Test
    void aSlotIsAttachedToItsContractsFactAndAnUnknownContractIsRefused() {
        Contract c1 = MAPPER.contract(contract("C1"));
        Slot slot = MAPPER.slot(slot("S1", "C1", "20.5"), Map.of("C1", c1));
        assertThat(slot.getId()).isEqualTo("S1");
        assertThat(slot.getContract()).isSameAs(c1);
        assertThat(slot.getTrade()).isEqualTo("F1703");
        assertThat(slot.getHours()).isEqualTo(160);
        assertThat(slot.getStartDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(slot.getEndDate()).isEqualTo(LocalDate.of(2026, 7, 26));
        assertThat(slot.getTenthsPerWeek()).isEqualTo(205);
        assertThat(slot.getMinQualificationLevel()).isEqualTo(3);
        assertThat(slot.getRequiredLicences()).containsExactlyInAnyOrder("B", "SST");
        assertThat(slot.isPinned()).isFalse();
        assertThat(slot.getCandidate()).isNull();

        assertThatIllegalArgumentException().isThrownBy(() -> MAPPER.slot(slot("S9", "K9", "20"), Map.of("C1", c1)))
                .withMessage("Poste S9 : marché inconnu K9");
    }

    @Test
    void aDatasetIsOneProblemInTheOrderOfItsRowsWithNoPairing() {
        Dataset dataset = new Dataset(List.of(person("P2", "35"), person("P1", "17.5")),
                List.of(contract("C2"), contract("C1")),
                List.of(slot("S1", "C1", "17.5"), slot("S2", "C2", "21"), slot("S3", "C1", "35")));

        MatchingInput input = MAPPER.input("p", dataset);

        assertThat(input.id()).isEqualTo("p");
        assertThat(input.candidates()).extracting(Candidate::id).containsExactly("P2", "P1");
        assertThat(input.contracts()).extracting(Contract::id).containsExactly("C2", "C1");
        assertThat(input.slots()).extracting(Slot::getId).containsExactly("S1", "S2", "S3");
        assertThat(input.slots()).extracting(s -> s.getContract().id()).containsExactly("C1", "C2", "C1");
        assertThat(input.slots().get(0).getContract()).isSameAs(input.contracts().get(1));
        assertThat(input.slots()).extracting(Slot::getTenthsPerWeek).containsExactly(175, 210, 350);
        assertThat(input.confirmed()).isEmpty();
        assertThat(input.rejected()).isEmpty();

        assertThatIllegalArgumentException().isThrownBy(() -> MAPPER.input("p", new Dataset(List.of(), List.of(),
                List.of(slot("S1", "C1", "17.5"))))).withMessage("Poste S1 : marché inconnu C1");
    }
}
