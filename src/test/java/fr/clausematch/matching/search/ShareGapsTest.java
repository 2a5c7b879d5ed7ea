package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.constraints.MatchingConstraint;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

class ShareGapsTest {

    @Test
    void anHourIsWorthTheWeightsOfTheGroupsBelowTargetOnItsContractType() {
        Contract works = contract("K1");
        Contract services = contract("K2", ContractType.SERVICES, LegalBasis.EXECUTION_CLAUSE, false, null);
        Candidate man = candidate("man").build();
        Candidate woman = candidate("woman").woman().build();
        Candidate qpvWoman = candidate("qpvWoman").woman().qpv("QP058001").build();
        MatchingPlan plan = MatchingProblems.create(MatchingInput.of("t", List.of(man, woman, qpvWoman),
                List.of(works, services), List.of(slot("S1", works), slot("S2", services))));
        plan.getSlots().get(0).setCandidate(man);     // works: 0 % women, 0 % QPV
        plan.getSlots().get(1).setCandidate(qpvWoman); // services: 100 % women, 100 % QPV
        MatchingSettings settings = plan.getSettings();
        settings.setWomenTargetPermille(ContractType.WORKS, 500);
        settings.setWomenTargetPermille(ContractType.SERVICES, 500);
        settings.setQpvTargetPermille(ContractType.WORKS, 300);
        settings.setQpvTargetPermille(ContractType.SERVICES, 300);
        long women = settings.getWeight(MatchingConstraint.WOMEN_SHARE).softScore();
        long qpv = settings.getWeight(MatchingConstraint.QPV_SHARE).softScore();

        ShareGaps gaps = ShareGaps.of(plan);

        assertThat(gaps.worth(ContractType.WORKS, man)).isZero();
        assertThat(gaps.worth(ContractType.WORKS, woman)).isEqualTo(women);
        assertThat(gaps.worth(ContractType.WORKS, qpvWoman)).isEqualTo(women + qpv);
        assertThat(gaps.worth(ContractType.WORKS, null)).isZero();
        assertThat(gaps.missing(ContractType.WORKS, man)).isEqualTo(ShareGaps.WOMAN | ShareGaps.QPV);
        assertThat(gaps.missing(ContractType.WORKS, woman)).isEqualTo(ShareGaps.QPV);
        assertThat(gaps.gains(ContractType.WORKS, woman, qpvWoman)).isTrue();
        assertThat(gaps.gains(ContractType.WORKS, qpvWoman, woman)).isFalse();
        // services are past both targets: nobody is worth more there than anyone else
        assertThat(gaps.worth(ContractType.SERVICES, qpvWoman)).isZero();
        assertThat(gaps.missing(ContractType.SERVICES, man)).isZero();
        assertThat(gaps.gains(ContractType.SERVICES, man, qpvWoman)).isFalse();
    }
}
