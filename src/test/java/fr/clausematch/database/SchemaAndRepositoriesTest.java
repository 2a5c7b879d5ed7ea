package fr.clausematch.database;

import fr.clausematch.candidate.Candidate;
import fr.clausematch.candidate.CandidateRepository;
import fr.clausematch.candidate.CandidateStatus;
import fr.clausematch.contract.Buyer;
import fr.clausematch.contract.BuyerKind;
import fr.clausematch.contract.BuyerRepository;
import fr.clausematch.contract.Contract;
import fr.clausematch.contract.ContractRepository;
import fr.clausematch.contract.Slot;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.planning.Assignment;
import fr.clausematch.planning.AssignmentEvent;
import fr.clausematch.planning.AssignmentEventRepository;
import fr.clausematch.planning.AssignmentRepository;
import fr.clausematch.planning.AssignmentStatus;
import fr.clausematch.planning.Plan;
import fr.clausematch.planning.PlanRepository;
import fr.clausematch.planning.PlanStrategy;
import fr.clausematch.shared.Place;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class SchemaAndRepositoriesTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired TerritoryRepository territories;
    @Autowired CandidateRepository candidates;
    @Autowired BuyerRepository buyers;
    @Autowired ContractRepository contracts;
    @Autowired PlanRepository plans;
    @Autowired AssignmentRepository assignments;
    @Autowired AssignmentEventRepository events;

    @Test
    void flywayOwnsTheSchemaOnPostgresql() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class)).isPositive();
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", String.class))
                .contains("territory", "qpv", "buyer", "candidate", "candidate_eligibility", "candidate_trade",
                        "candidate_licence", "contract", "slot", "slot_licence", "plan", "assignment", "assignment_event");
    }

    @Test
    void theTestsEmbeddedServerTradesDurabilityForSpeed(@Autowired ObjectProvider<LocalPostgres> embedded) {
        assumeTrue(embedded.getIfAvailable() != null, "the server named by SPRING_DATASOURCE_URL keeps its own settings");
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertThat(jdbc.queryForObject("SHOW " + setting, String.class)).as(setting).isEqualTo("off");
        }
    }

    @Test
    void candidateKeepsItsCriteriaTradesAndLicencesInOrder() {
        territories.save(new Territory("21", "Côte-d'Or (21)", Territory.Kind.DEPARTEMENT));
        tx.executeWithoutResult(s -> {
            Candidate c = candidate("C1");
            c.replaceCriteria(EnumSet.of(EligibilityCriterion.RSA, EligibilityCriterion.DELD), "facilitatrice Dijon",
                    LocalDate.of(2026, 1, 5));
            candidates.save(c);
        });
        tx.executeWithoutResult(s -> {
            Candidate read = candidates.findByExternalId("C1").orElseThrow();
            assertThat(read.criteria()).containsExactly(EligibilityCriterion.DELD, EligibilityCriterion.RSA);
            assertThat(read.getEligibility()).allSatisfy(grant -> {
                assertThat(grant.getValidatedBy()).isEqualTo("facilitatrice Dijon");
                assertThat(grant.getValidUntil()).isEqualTo(LocalDate.of(2027, 6, 30));
            });
            assertThat(read.getTrades()).containsExactly("K2204", "F1704");
            assertThat(read.getLicences()).containsExactly("B", "SST");
            assertThat(read.getMaxHoursPerWeek()).isEqualByComparingTo("17.5");
            assertThat(read.getStatus()).isEqualTo(CandidateStatus.IDENTIFIED);
        });
    }

    @Test
    void staleVersionOfACandidateIsRefused() {
        territories.save(new Territory("21", "Côte-d'Or (21)", Territory.Kind.DEPARTEMENT));
        Candidate saved = candidates.save(candidate("C1"));
        Candidate first = candidates.findById(saved.getId()).orElseThrow();
        Candidate second = candidates.findById(saved.getId()).orElseThrow();
        first.setPlace(new Place("Chenôve", 47.322, 5.041, "QP021001"));
        candidates.save(first);
        second.setPlace(new Place("Talant", 47.322, 5.041, "QP021001"));
        assertThatThrownBy(() -> candidates.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(candidates.findByExternalId("C1").orElseThrow().getPlace().commune()).isEqualTo("Chenôve");
    }

    @Test
    void databaseRefusesWhatTheFormatForbids() {
        territories.save(new Territory("21", "Côte-d'Or (21)", Territory.Kind.DEPARTEMENT));
        Candidate outOfRange = candidate("C2");
        outOfRange.setPlace(new Place("Dijon", 91, 5.041, "QP021001"));
        assertThatThrownBy(() -> candidates.saveAndFlush(outOfRange)).isInstanceOf(DataIntegrityViolationException.class);
        Candidate badLevel = candidate("C3");
        badLevel.setQualificationLevel(2);
        assertThatThrownBy(() -> candidates.saveAndFlush(badLevel)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(candidates.count()).isZero();
    }

    @Test
    void contractSlotsPlanAssignmentAndHistory() {
        territories.save(new Territory("21", "Côte-d'Or (21)", Territory.Kind.DEPARTEMENT));
        Buyer buyer = buyers.save(new Buyer("ODH21", "Orvitis", BuyerKind.SOCIAL_LANDLORD));
        Candidate candidate = candidates.save(candidate("C1"));
        Contract contract = new Contract("K1");
        contract.setTerritoryCode("21");
        contract.setBuyer(buyer);
        contract.setTitle("Réhabilitation de 120 logements");
        contract.setType(ContractType.WORKS);
        contract.setLegalBasis(LegalBasis.EXECUTION_CLAUSE);
        contract.setAnru(true);
        contract.setPlace(new Place("Dijon", 47.33, 5.04, "QP021001"));
        contract.setStartDate(LocalDate.of(2026, 3, 1));
        contract.setEndDate(LocalDate.of(2026, 12, 31));
        contract.setRequiredHours(700);
        Slot slot = new Slot("S1");
        slot.setTrade("F1704");
        slot.setHours(350);
        slot.setStartDate(LocalDate.of(2026, 3, 1));
        slot.setEndDate(LocalDate.of(2026, 5, 31));
        slot.setHoursPerWeek(new BigDecimal("35"));
        slot.setRequiredLicences(List.of("CACES_R482"));
        contract.addSlot(slot);
        contracts.save(contract);

        Plan plan = plans.save(new Plan("21", PlanStrategy.OPTIMIZE, "facilitatrice"));
        Assignment assignment = assignments.save(new Assignment(plan, contract.getSlots().get(0), candidate));
        assignment.decide(AssignmentStatus.CONFIRMED, "facilitatrice", Instant.now());
        assignments.save(assignment);
        events.save(new AssignmentEvent(assignment, AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED, "facilitatrice", "vu en entretien"));

        tx.executeWithoutResult(s -> {
            Contract read = contracts.findByExternalId("K1").orElseThrow();
            assertThat(read.getBuyer().getCode()).isEqualTo("ODH21");
            assertThat(read.getSlots()).extracting(Slot::getExternalId).containsExactly("S1");
            assertThat(read.getSlots().get(0).getRequiredLicences()).containsExactly("CACES_R482");
            assertThat(read.slotHours()).isEqualTo(350);
        });
        assertThat(assignments.findBySlotContractTerritoryCodeAndStatus("21", AssignmentStatus.CONFIRMED)).hasSize(1);
        assertThat(events.findByAssignmentIdOrderByAtAsc(assignment.getId()))
                .extracting(AssignmentEvent::getToStatus).containsExactly(AssignmentStatus.CONFIRMED);
    }

    static Candidate candidate(String id) {
        Candidate c = new Candidate(id);
        c.setTerritoryCode("21");
        c.setGender(Gender.F);
        c.setBirthYear(1990);
        c.setPlace(new Place("Dijon", 47.322, 5.041, "QP021001"));
        c.setEligibilityUntil(LocalDate.of(2027, 6, 30));
        c.setTrades(List.of("K2204", "F1704"));
        c.setLicences(List.of("B", "SST"));
        c.setMaxDistanceKm(20);
        c.setMaxHoursPerWeek(new BigDecimal("17.5"));
        c.setRegisteredOn(LocalDate.of(2025, 9, 1));
        c.setLastContactOn(LocalDate.of(2026, 1, 5));
        return c;
    }
}
