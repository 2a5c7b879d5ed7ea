package fr.clausematch.matching.analysis;

import fr.clausematch.matching.Fixtures;
import fr.clausematch.matching.Words;

import fr.clausematch.matching.constraints.MatchingConstraint;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

class PlanIndicatorsAndExplanationsTest {

    private final Contract works = contract("K1");
    private final Contract services = contract("K2", ContractType.SERVICES, LegalBasis.EXECUTION_CLAUSE, false, null);

    private MatchingPlan plan() {
        Candidate woman = candidate("W").woman().qpv("QP1").eligibility(EnumSet.of(EligibilityCriterion.RSA, EligibilityCriterion.DELD)).build();
        Candidate man = candidate("M").build();
        Slot s1 = slot("S1", works);
        Slot s2 = slot("S2", works, D.plusDays(100), D.plusDays(110), 100);
        Slot s3 = slot("S3", services);
        Slot nobody = new Slot("S4", services, "M1805", 70, D, D.plusDays(9), 350, 0, java.util.Set.of());
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(woman, man), List.of(works, services),
                List.of(s1, s2, s3, nobody)));
        plan.getSlots().get(0).setCandidate(woman);
        plan.getSlots().get(1).setCandidate(man);
        plan.getSlots().get(2).setCandidate(woman);
        return plan;
    }

    @Test
    void indicatorsByContractType() {
        PlanIndicators indicators = PlanIndicators.of(plan());
        assertThat(indicators.total().hoursRequired()).isEqualTo(2000);
        assertThat(indicators.total().hoursInSlots()).isEqualTo(140 * 3 + 70);
        assertThat(indicators.total().hoursAssigned()).isEqualTo(420);
        assertThat(indicators.total().hoursAssignedWomen()).isEqualTo(280);
        assertThat(indicators.total().hoursAssignedQpv()).isEqualTo(280);
        assertThat(indicators.total().hoursByCriterion()).containsEntry(EligibilityCriterion.RSA, 280L)
                .containsEntry(EligibilityCriterion.DELD, 420L).containsEntry(EligibilityCriterion.AAH, 0L);
        assertThat(indicators.total().fte()).isEqualTo(420.0 / 1607);
        PlanIndicators.Figures works = indicators.byContractType().get(ContractType.WORKS);
        assertThat(works.hoursAssigned()).isEqualTo(280);
        assertThat(works.womenShare()).isEqualTo(0.5);
        assertThat(indicators.byContractType().get(ContractType.SERVICES).womenShare()).isEqualTo(1.0);
        assertThat(indicators.candidatesAssigned()).isEqualTo(2);
        assertThat(indicators.shortages()).containsExactly(new PlanIndicators.Shortage("M1805", "Nevers", 1, 70));
    }

    @Test
    void explanationsInFrench() {
        MatchingPlan plan = plan();
        MatchingSolver.score(plan);
        MatchingExplainer.PlanExplanation explanation = MatchingExplainer.explain(plan);
        Map<String, MatchingExplainer.SlotExplanation> bySlot = new java.util.HashMap<>();
        explanation.slots().forEach(e -> bySlot.put(e.slotId(), e));
        assertThat(bySlot.get("S1").candidateId()).isEqualTo("W");
        assertThat(String.join(" ", Words.of(bySlot.get("S1")))).contains("métier F1703 Maçonnerie").contains("part des heures aux femmes");
        assertThat(bySlot.get("S4").candidateId()).isNull();
        assertThat(Words.of(bySlot.get("S4"))).containsExactly("Aucun candidat du métier M1805 Études et développement informatique.");
        long total = 0;
        for (MatchingExplainer.ConstraintBreakdown b : explanation.constraints()) {
            total += org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.parseScore(b.score()).mediumScore();
        }
        assertThat(total).isEqualTo(-70);
    }

    /** The engine gives codes with parameters; the same explanation reads in French and in English. */
    @Test
    void explanationsAreCodesPutIntoTheReadersLanguage() {
        MatchingPlan plan = plan();
        MatchingSolver.score(plan);
        Map<String, MatchingExplainer.SlotExplanation> bySlot = new java.util.HashMap<>();
        MatchingExplainer.explain(plan).slots().forEach(e -> bySlot.put(e.slotId(), e));
        MatchingExplainer.SlotExplanation s1 = bySlot.get("S1");
        assertThat(s1.reasons()).extracting(Reason::code).startsWith("reason.rules.respected", "reason.fills",
                "reason.share.women", "reason.share.qpv");
        assertThat(bySlot.get("S4").reasons()).containsExactly(Reason.of("reason.empty.noTrade", new Reason.TradeCode("M1805")));
        assertThat(Words.of(s1, java.util.Locale.FRENCH).get(0)).startsWith("Règles 1 à 8 respectées : métier F1703 Maçonnerie, à 0,0 km");
        assertThat(Words.of(s1, java.util.Locale.ENGLISH).get(0)).startsWith("Rules 1 to 8 met: trade F1703 Masonry, 0.0 km");
        assertThat(Words.of(s1, java.util.Locale.ENGLISH)).contains("Counts towards the share of hours going to women (works).");
        assertThat(Words.of(bySlot.get("S4"), java.util.Locale.ENGLISH)).containsExactly("No candidate of trade M1805 Software studies and development.");
        assertThat(String.join(" ", Words.of(s1))).doesNotContainPattern("-?\\d+hard/").doesNotContain("soft");
    }

    @Test
    void emptySlotWithCompatibleCandidatesSaysTheyAreBusy() {
        Candidate only = candidate("only").maxTenths(350).build();
        Slot held = slot("S1", works, D, D.plusDays(9), 300);
        Slot empty = slot("S2", works, D.plusDays(5), D.plusDays(12), 100);
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(only), List.of(works), List.of(held, empty)));
        plan.getSlots().get(0).setCandidate(plan.getCandidates().get(0));
        MatchingExplainer.SlotExplanation e = MatchingExplainer.explain(plan).slots().get(1);
        assertThat(e.compatibleCandidates()).isEqualTo(1);
        assertThat(Words.of(e).get(0)).startsWith("1 candidat(s) compatible(s) avec les règles 1 à 8 ; 1 déjà pris(es)")
                .doesNotContain("libre");
    }

    @Test
    void emptySlotNamesTheRuleThatShutOutTheMost() {
        Candidate far = candidate("far").at(Fixtures.LAT + 1, Fixtures.LON).maxKm(20).build();
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(far), List.of(works), List.of(slot("S1", works))));
        assertThat(Words.of(MatchingExplainer.explain(plan).slots().get(0)).get(0))
                .startsWith("Aucun candidat du métier F1703 Maçonnerie à portée de Nevers");
        Candidate late = candidate("late").available(D.plusDays(5), null).build();
        Candidate late2 = candidate("late2").available(D.plusDays(5), null).build();
        Candidate unqualified = candidate("unq").qualification(0).build();
        Slot s = new Slot("S2", works, "F1703", 10, D, D.plusDays(3), 100, 3, java.util.Set.of());
        plan = MatchingProblems.create(MatchingInput.of("t", List.of(late, late2, unqualified), List.of(works), List.of(s)));
        assertThat(Words.of(MatchingExplainer.explain(plan).slots().get(0)).get(0))
                .contains("3 candidat(s) du métier F1703 Maçonnerie à portée de Nevers").contains("règle 8");
    }

    @Test
    void settingsRoundTripThroughProperties() {
        MatchingSettings defaults = MatchingSettings.defaults();
        assertThat(defaults.getWeight(MatchingConstraint.WOMEN_SHARE).softScore()).isEqualTo(100);
        assertThat(defaults.womenTargetPermille(ContractType.WORKS)).isEqualTo(900);
        MatchingSettings territory = defaults.withOverrides(Map.of("weight.women-share", "0hard/0medium/30soft",
                "target.qpv-share.SERVICES", "0.45"));
        assertThat(territory.getWeight(MatchingConstraint.WOMEN_SHARE).softScore()).isEqualTo(30);
        assertThat(territory.qpvTargetPermille(ContractType.SERVICES)).isEqualTo(450);
        assertThat(new MatchingSettings().withOverrides(territory.toProperties()).toProperties()).isEqualTo(territory.toProperties());
        assertThat(defaults.toProperties()).isEqualTo(new MatchingSettings().toProperties());
    }
}
