package fr.clausematch.matching.constraints;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.ContractTypeDemand;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import static fr.clausematch.matching.Fixtures.D;
import static fr.clausematch.matching.Fixtures.assigned;
import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static fr.clausematch.matching.Fixtures.slot;

class MatchingConstraintProviderTest {

    private final ConstraintVerifier<MatchingConstraintProvider, MatchingPlan> verifier =
            ConstraintVerifier.build(new MatchingConstraintProvider(), MatchingPlan.class, Slot.class);

    private final Contract works = contract("K1");
    private final Contract services = contract("K2", ContractType.SERVICES, LegalBasis.EXECUTION_CLAUSE, false, null);
    /** Targets of these tests: 50 % women and 30 % QPV residents on every contract type (the counts below follow them). */
    private final MatchingSettings settings = new MatchingSettings().withOverrides(java.util.Map.of(
            "target.women-share.WORKS", "0.5", "target.women-share.SERVICES", "0.5", "target.women-share.INTELLECTUAL_SERVICES", "0.5",
            "target.qpv-share.WORKS", "0.3", "target.qpv-share.SERVICES", "0.3", "target.qpv-share.INTELLECTUAL_SERVICES", "0.3"));

    @Nested
    class WeeklyLoad {
        private final Candidate c = candidate("C1").maxTenths(350).build();

        @Test
        void threeOverlappingSlotsBreakItAlthoughEveryPairFits() {
            // 3 x 12 h = 36 h > 35 h on the 28 common days; any two (24 h) fit.
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(27), 120), c),
                            assigned(slot("S2", works, D, D.plusDays(27), 120), c),
                            assigned(slot("S3", works, D, D.plusDays(27), 120), c))
                    .penalizesBy(10 * 28);
        }

        @Test
        void twoOverlappingSlotsWithinTheMaximumAreFine() {
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(27), 120), c),
                            assigned(slot("S2", works, D, D.plusDays(27), 230), c))
                    .penalizesBy(0);
        }

        @Test
        void slotsTouchingOnTheSameDayCountOnThatDay() {
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(6), 200), c),
                            assigned(slot("S2", works, D.plusDays(6), D.plusDays(13), 200), c))
                    .penalizesBy(50);
        }

        @Test
        void slotStartingTheDayAfterTheEndDoesNotOverlap() {
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(6), 200), c),
                            assigned(slot("S2", works, D.plusDays(7), D.plusDays(13), 200), c))
                    .penalizesBy(0);
        }

        @Test
        void partialOverlapCountsOnlyTheCommonDays() {
            // S1 days 0-9, S2 days 5-14, S3 days 8-20 (12 h each on 35 h): three run together on days 8 and 9.
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(9), 120), c),
                            assigned(slot("S2", works, D.plusDays(5), D.plusDays(14), 120), c),
                            assigned(slot("S3", works, D.plusDays(8), D.plusDays(20), 120), c))
                    .penalizesBy(10 * 2);
        }

        @Test
        void aSingleSlotAboveTheMaximumBreaksIt() {
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(1), 360), c))
                    .penalizesBy(10 * 2);
        }

        @Test
        void slotsOfDifferentPeopleDoNotAddUp() {
            Candidate other = candidate("C2").build();
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D.plusDays(27), 300), c),
                            assigned(slot("S2", works, D, D.plusDays(27), 300), other))
                    .penalizesBy(0);
        }

        @Test
        void tenthsOfHoursAreExact() {
            Candidate half = candidate("C3").maxTenths(175).build();
            verifier.verifyThat(MatchingConstraintProvider::weeklyLoad)
                    .given(assigned(slot("S1", works, D, D, 100), half),
                            assigned(slot("S2", works, D, D, 75), half))
                    .penalizesBy(0);
        }
    }

    @Nested
    class UnfilledHours {
        @Test
        void emptySlotIsPenalisedByItsHours() {
            verifier.verifyThat(MatchingConstraintProvider::unfilledHours)
                    .given(slot("S1", works), assigned(slot("S2", works), candidate("C1").build()))
                    .penalizesBy(140);
        }

        @Test
        void filledSlotsAreNot() {
            verifier.verifyThat(MatchingConstraintProvider::unfilledHours)
                    .given(assigned(slot("S1", works), candidate("C1").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class WomenShare {
        @Test
        void onlyMenOnWorksFallsShortOfTheTarget() {
            // target 50 % of 280 h = 140 h missing = 1400 tenths
            verifier.verifyThat(MatchingConstraintProvider::womenShare)
                    .given(settings, assigned(slot("S1", works), candidate("C1").build()),
                            assigned(slot("S2", works), candidate("C2").build()))
                    .penalizesBy(1400);
        }

        @Test
        void targetReachedExactlyIsFine() {
            verifier.verifyThat(MatchingConstraintProvider::womenShare)
                    .given(settings, assigned(slot("S1", works), candidate("C1").build()),
                            assigned(slot("S2", works), candidate("C2").woman().build()))
                    .penalizesBy(0);
        }

        @Test
        void eachContractTypeIsCountedApart() {
            // all women on works do not make up for men on services
            verifier.verifyThat(MatchingConstraintProvider::womenShare)
                    .given(settings, assigned(slot("S1", works), candidate("C1").woman().build()),
                            assigned(slot("S2", services), candidate("C2").build()))
                    .penalizesBy(700);
        }

        @Test
        void targetIsASetting() {
            MatchingSettings zero = settings.withOverrides(java.util.Map.of("target.women-share.WORKS", "0"));
            verifier.verifyThat(MatchingConstraintProvider::womenShare)
                    .given(zero, assigned(slot("S1", works), candidate("C1").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class QpvShare {
        @Test
        void noQpvResidentFallsShortOfTheTarget() {
            verifier.verifyThat(MatchingConstraintProvider::qpvShare)
                    .given(settings, assigned(slot("S1", works), candidate("C1").build()))
                    .penalizesBy(420);
        }

        @Test
        void qpvResidentReachesIt() {
            verifier.verifyThat(MatchingConstraintProvider::qpvShare)
                    .given(settings, assigned(slot("S1", works), candidate("C1").qpv("QP058001").build()))
                    .penalizesBy(0);
        }
    }

    @Nested
    class TypeBalance {
        @Test
        void worksFilledServicesEmptyIsUnbalanced() {
            verifier.verifyThat(MatchingConstraintProvider::typeBalance)
                    .given(new ContractTypeDemand(ContractType.WORKS, 280), new ContractTypeDemand(ContractType.SERVICES, 140),
                            assigned(slot("S1", works), candidate("C1").build()), slot("S2", works), slot("S3", services))
                    .penalizesBy(500);
        }

        @Test
        void equalFillRatesAreBalanced() {
            verifier.verifyThat(MatchingConstraintProvider::typeBalance)
                    .given(new ContractTypeDemand(ContractType.WORKS, 280), new ContractTypeDemand(ContractType.SERVICES, 280),
                            assigned(slot("S1", works), candidate("C1").build()), slot("S2", works),
                            assigned(slot("S3", services), candidate("C2").build()), slot("S4", services))
                    .penalizesBy(0);
        }
    }

    @Nested
    class LoadConcentration {
        @Test
        void hoursOnOnePersonCostMoreThanSpread() {
            Candidate c = candidate("C1").build();
            verifier.verifyThat(MatchingConstraintProvider::loadConcentration)
                    .given(assigned(slot("S1", works), c), assigned(slot("S2", works, D.plusDays(60), D.plusDays(80), 100), c))
                    .penalizesBy(280L * 280 / 10);
            verifier.verifyThat(MatchingConstraintProvider::loadConcentration)
                    .given(assigned(slot("S1", works), c), assigned(slot("S2", works), candidate("C2").build()))
                    .penalizesBy(2 * (140L * 140 / 10));
        }

        @Test
        void emptySlotsCountForNobody() {
            verifier.verifyThat(MatchingConstraintProvider::loadConcentration).given(slot("S1", works)).penalizesBy(0);
        }
    }

    @Nested
    class WaitingPriority {
        @Test
        void rewardsHoursTimesWholeMonthsWaited() {
            verifier.verifyThat(MatchingConstraintProvider::waitingPriority)
                    .given(assigned(slot("S1", works), candidate("C1").seniority(65).build()))
                    .rewardsWith(140 * 2);
        }

        @Test
        void lessThanAMonthGetsNothing() {
            verifier.verifyThat(MatchingConstraintProvider::waitingPriority)
                    .given(assigned(slot("S1", works), candidate("C1").seniority(29).build()))
                    .rewardsWith(0);
        }
    }

    @Nested
    class Distance {
        @Test
        void penalisesKmTimesHours() {
            Candidate far = candidate("C1").at(Fixtures.LAT + 0.1, Fixtures.LON).build();
            long expected = Math.round(MatchingRules.distanceKm(far, works) * 140 / 10.0);
            verifier.verifyThat(MatchingConstraintProvider::distance)
                    .given(assigned(slot("S1", works), far))
                    .penalizesBy(expected);
        }

        @Test
        void livingOnSiteCostsNothing() {
            verifier.verifyThat(MatchingConstraintProvider::distance)
                    .given(assigned(slot("S1", works), candidate("C1").build()), slot("S2", works))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OwnNeighbourhood {
        private final Contract inQpv = contract("K3", ContractType.WORKS, LegalBasis.EXECUTION_CLAUSE, false, "QP058001");

        @Test
        void residentOfTheSiteQpvIsRewarded() {
            verifier.verifyThat(MatchingConstraintProvider::ownNeighbourhood)
                    .given(assigned(slot("S1", inQpv), candidate("C1").qpv("QP058001").build()))
                    .rewardsWith(140);
        }

        @Test
        void residentOfAnotherQpvOrSiteOutsideAnyQpvIsNot() {
            verifier.verifyThat(MatchingConstraintProvider::ownNeighbourhood)
                    .given(assigned(slot("S1", inQpv), candidate("C1").qpv("QP058002").build()),
                            assigned(slot("S2", works), candidate("C2").qpv("QP058001").build()))
                    .rewardsWith(0);
        }
    }

    @Nested
    class Continuity {
        private final Candidate c = candidate("C1").build();

        @Test
        void successiveSlotsOfOneContractAreRewarded() {
            verifier.verifyThat(MatchingConstraintProvider::continuity)
                    .given(assigned(slot("S1", works, D, D.plusDays(27), 350), c),
                            assigned(slot("S2", works, D.plusDays(28), D.plusDays(40), 350), c))
                    .rewardsWith(140);
        }

        @Test
        void gapOf31DaysStillCountsAnd32DoNot() {
            verifier.verifyThat(MatchingConstraintProvider::continuity)
                    .given(assigned(slot("S1", works, D, D.plusDays(9), 100), c),
                            assigned(slot("S2", works, D.plusDays(9 + 31), D.plusDays(50), 100), c))
                    .rewardsWith(140);
            verifier.verifyThat(MatchingConstraintProvider::continuity)
                    .given(assigned(slot("S1", works, D, D.plusDays(9), 100), c),
                            assigned(slot("S2", works, D.plusDays(9 + 32), D.plusDays(50), 100), c))
                    .rewardsWith(0);
        }

        @Test
        void overlappingOrOtherContractOrOtherPersonIsNotContinuity() {
            verifier.verifyThat(MatchingConstraintProvider::continuity)
                    .given(assigned(slot("S1", works, D, D.plusDays(9), 100), c),
                            assigned(slot("S2", works, D.plusDays(9), D.plusDays(20), 100), c),
                            assigned(slot("S3", services, D.plusDays(21), D.plusDays(30), 100), c),
                            assigned(slot("S4", works, D.plusDays(21), D.plusDays(30), 100), candidate("C2").build()))
                    .rewardsWith(0);
        }
    }

    @Nested
    class PairingRules {
        @Test
        void aPinnedPairThatBreaksARuleIsPenalised() {
            Slot s = assigned(slot("S1", works), candidate("C1").trades("K2204").build());
            s.setPinned(true);
            verifier.verifyThat(MatchingConstraintProvider::pairingRules).given(s).penalizesBy(140);
        }

        @Test
        void aCompatiblePairIsNot() {
            verifier.verifyThat(MatchingConstraintProvider::pairingRules)
                    .given(assigned(slot("S1", works), candidate("C1").build()), slot("S2", works))
                    .penalizesBy(0);
        }
    }

    @Test
    void wholeScoreOfASmallPlan() {
        Candidate woman = candidate("C1").woman().qpv("QP1").build();
        MatchingPlan plan = new MatchingPlan("p", java.util.List.of(woman), java.util.List.of(works),
                java.util.List.of(new ContractTypeDemand(ContractType.WORKS, 280)),
                java.util.List.of(assigned(slot("S1", works), woman), slot("S2", works)), settings);
        // weights of MatchingSettings: unfilled 1 medium per hour, load concentration 1 soft per unit
        verifier.verifyThat()
                .givenSolution(plan)
                .scores(org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.of(0, -140,
                        -(140L * 140 / 10)));
    }

}
