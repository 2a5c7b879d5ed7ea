package fr.clausematch.dataset;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.dataset.generator.DatasetGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the committed sample data: it loads, and it shows what the README says it shows. */
class SampleDataTest {

    private static final Dataset BFC = new DatasetReader().read(SampleData.folder("bourgogne-franche-comte"));
    private static final Dataset TINY = new DatasetReader().read(SampleData.folder("tiny"));
    private static final Set<String> BFC_DEPARTMENTS = Set.of("21", "25", "39", "58", "70", "71", "89", "90");

    @Test
    void bfcSampleIsTheDocumentedGeneratorRun() {
        Dataset generated = new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte())
                .generate(1500, 400, 1500, 2026L);

        assertThat(generated).isEqualTo(BFC);
    }

    @Test
    void bfcSampleStaysInBourgogneFrancheComte() {
        assertThat(BFC.candidates()).hasSize(1500);
        assertThat(BFC.contracts()).hasSize(400);
        assertThat(BFC.slots()).hasSize(1500);
        assertThat(BFC.candidates()).allSatisfy(c -> {
            assertThat(c.territory()).isIn(BFC_DEPARTMENTS);
            assertThat(c.latitude()).isBetween(46.2, 48.45);
            assertThat(c.longitude()).isBetween(2.8, 7.2);
            if (c.qpvCode() != null) {
                assertThat(c.qpvCode()).startsWith("QP0" + c.territory());
            }
        });
        assertThat(BFC.contracts()).allSatisfy(k -> assertThat(k.territory()).isIn(BFC_DEPARTMENTS));
        assertThat(BFC.candidates().stream().map(CandidateRow::territory).distinct()).hasSize(8);
    }

    @Test
    void bfcCalibration() {
        List<CandidateRow> people = BFC.candidates();
        double women = share(people, c -> c.gender() == Gender.F);
        double qpv = share(people, c -> c.qpvCode() != null);
        double notEligible = share(people, c -> c.eligibility().isEmpty());
        Map<ContractType, Double> hoursShare = hoursShareByType(BFC);

        assertThat(women).isBetween(0.35, 0.45);
        assertThat(qpv).isBetween(0.30, 0.40);
        assertThat(notEligible).isBetween(0.08, 0.25);
        assertThat(hoursShare.get(ContractType.WORKS)).isBetween(0.50, 0.62);
        assertThat(hoursShare.get(ContractType.SERVICES)).isBetween(0.30, 0.42);
        assertThat(hoursShare.get(ContractType.INTELLECTUAL_SERVICES)).isBetween(0.05, 0.11);
        assertThat(BFC.contracts()).anyMatch(ContractRow::anru)
                .anyMatch(k -> k.legalBasis() == LegalBasis.RESERVED_SIAE)
                .anyMatch(k -> k.legalBasis() == LegalBasis.RESERVED_DISABILITY);
        // women lean to service and office trades, men to building trades
        double womenInCleaning = share(people.stream().filter(c -> c.trades().contains("K2204")).toList(),
                c -> c.gender() == Gender.F);
        double womenInMasonry = share(people.stream().filter(c -> c.trades().contains("F1703")).toList(),
                c -> c.gender() == Gender.F);
        assertThat(womenInCleaning).isGreaterThan(0.6);
        assertThat(womenInMasonry).isLessThan(0.2);
    }

    @Test
    void bfcContractsOweTheSumOfTheirSlots() {
        Map<String, Integer> sums = BFC.slots().stream()
                .collect(Collectors.groupingBy(SlotRow::contractId, Collectors.summingInt(SlotRow::hours)));
        assertThat(BFC.contracts()).allSatisfy(k -> assertThat(k.requiredHours()).isEqualTo(sums.getOrDefault(k.id(), 0)));
        assertThat(BFC.slots()).allSatisfy(s -> {
            assertThat(s.hours()).isBetween(35, 600);
            assertThat(s.hoursPerWeek()).isBetween(new BigDecimal("7"), new BigDecimal("35"));
            long weeks = (s.endDate().toEpochDay() - s.startDate().toEpochDay() + 1) / 7;
            assertThat(weeks).isBetween(2L, 26L);
            assertThat(s.startDate()).isAfterOrEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(s.endDate()).isBeforeOrEqualTo(LocalDate.of(2027, 12, 31));
        });
    }

    @Test
    void bfcHasScarcity() {
        Map<String, ContractRow> contracts = BFC.contracts().stream()
                .collect(Collectors.toMap(ContractRow::id, Function.identity()));
        long hoursWithoutCandidate = 0;
        long total = 0;
        for (SlotRow slot : BFC.slots()) {
            ContractRow contract = contracts.get(slot.contractId());
            total += slot.hours();
            boolean anyone = BFC.candidates().stream()
                    .anyMatch(c -> PairRules.broken(c, slot, contract).isEmpty());
            if (!anyone) {
                hoursWithoutCandidate += slot.hours();
            }
        }
        // some hours cannot be filled by anybody under rules 1-8, but most can
        assertThat((double) hoursWithoutCandidate / total).isBetween(0.02, 0.5);
    }

    @Test
    void tinySampleLoadsAndIsSmall() {
        assertThat(TINY.candidates()).hasSize(20);
        assertThat(TINY.contracts()).hasSize(6);
        assertThat(TINY.slots()).hasSize(10);
    }

    /** The table of sample-data/README.md: pair, and the rules (1-8) that shut it out; "-" = allowed. */
    @ParameterizedTest(name = "{0} x {1}: {2}")
    @CsvSource({
        "T-P02, T-S01, 1",
        "T-P03, T-S01, 1",
        "T-P05, T-S02, 2",
        "T-P04, T-S03, 2",
        "T-P06, T-S04, 3",
        "T-P04, T-S01, 4",
        "T-P07, T-S04, 4",
        "T-P08, T-S05, 5",
        "T-P10, T-S06, 6",
        "T-P12, T-S01, 7",
        "T-P13, T-S01, 8",
        "T-P14, T-S01, 8",
        "T-P01, T-S01, -",
        "T-P01, T-S04, -",
        "T-P04, T-S02, -",
        "T-P05, T-S03, -",
        "T-P06, T-S01, -",
        "T-P09, T-S05, -",
        "T-P11, T-S06, -",
        "T-P15, T-S07, -",
        "T-P15, T-S08, -",
        "T-P15, T-S09, -",
        "T-P16, T-S10, -",
        "T-P17, T-S07, -",
        "T-P19, T-S04, -",
        "T-P20, T-S08, -",
    })
    void tinyPairsBreakExactlyTheDocumentedRule(String candidate, String slot, String rule) {
        SlotRow s = tinySlot(slot);
        TreeSet<Integer> broken = PairRules.broken(tinyCandidate(candidate), s, tinyContract(s.contractId()));

        assertThat(broken).isEqualTo(rule.equals("-") ? Set.of() : Set.of(Integer.parseInt(rule)));
    }

    @Test
    void tinyWeeklyLoadExampleOverloadsOnlyWithAllThreeSlots() {
        CandidateRow person = tinyCandidate("T-P15");
        List<SlotRow> slots = List.of(tinySlot("T-S07"), tinySlot("T-S08"), tinySlot("T-S09"));
        LocalDate day = LocalDate.of(2026, 10, 1);
        BigDecimal load = BigDecimal.ZERO;
        for (SlotRow s : slots) {
            assertThat(day).isBetween(s.startDate(), s.endDate());
            load = load.add(s.hoursPerWeek());
        }
        assertThat(load).isGreaterThan(person.maxHoursPerWeek());
        assertThat(load.subtract(slots.get(0).hoursPerWeek())).isLessThanOrEqualTo(person.maxHoursPerWeek());
    }

    @Test
    void tinyHasOneExampleOfEveryRuleAndEveryCriterionParses() {
        Map<Integer, Integer> examples = new HashMap<>();
        for (SlotRow s : TINY.slots()) {
            for (CandidateRow c : TINY.candidates()) {
                TreeSet<Integer> broken = PairRules.broken(c, s, tinyContract(s.contractId()));
                if (broken.size() == 1) {
                    examples.merge(broken.first(), 1, Integer::sum);
                }
            }
        }
        assertThat(examples.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    private static CandidateRow tinyCandidate(String id) {
        return TINY.candidates().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static SlotRow tinySlot(String id) {
        return TINY.slots().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static ContractRow tinyContract(String id) {
        return TINY.contracts().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    static <T> double share(List<T> rows, java.util.function.Predicate<T> test) {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(test).count() / rows.size();
    }

    static Map<ContractType, Double> hoursShareByType(Dataset dataset) {
        Map<String, ContractType> types = dataset.contracts().stream()
                .collect(Collectors.toMap(ContractRow::id, ContractRow::type));
        Map<ContractType, Long> hours = new EnumMap<>(ContractType.class);
        long total = 0;
        for (SlotRow s : dataset.slots()) {
            hours.merge(types.get(s.contractId()), (long) s.hours(), Long::sum);
            total += s.hours();
        }
        Map<ContractType, Double> shares = new EnumMap<>(ContractType.class);
        for (ContractType type : ContractType.values()) {
            shares.put(type, total == 0 ? 0 : hours.getOrDefault(type, 0L) / (double) total);
        }
        return shares;
    }

    @Test
    void sampleFilesStaySmall() throws Exception {
        for (String name : List.of("bourgogne-franche-comte", "tiny")) {
            try (var files = Files.list(SampleData.folder(name))) {
                for (Path file : files.toList()) {
                    assertThat(Files.size(file)).as(file.toString()).isLessThan(400_000);
                }
            }
        }
    }
}
