package fr.clausematch.dataset;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic, reproducible datasets of the exchange format. The same profile, sizes and seed give
 * the same rows and the same bytes: one {@link SplittableRandom} drawn in a fixed order, fixed
 * tables, {@link StrictMath}, fixed reference dates (contracts and slots in 2026-2027).
 *
 * <p>Calibration (aims, before sampling noise): about 40% women (2% not stated), 35% QPV residents,
 * 15% not eligible, a quarter with an eligibility end date; women drawn more often towards
 * service and office trades, men towards building trades; slots split 56% / 36% / 8% between
 * works, services and intellectual services (stratified, so hours follow); some contracts
 * reserved (SIAE, disability), urban renewal (anru) on a quarter of the works contracts of towns
 * with QPVs; required_hours = sum of the contract's slots' hours. Scarcity comes from reach (5-60
 * km), trades, qualification, licences, eligibility and reserved contracts: not every slot has a
 * possible candidate.
 */
public final class DatasetGenerator {

    /** A real commune: centre coordinates, département code, weight (population, thousands), QPVs. */
    public record City(String name, String department, double latitude, double longitude, int weight, int qpvCount) {
    }

    /** Where the data lies: the communes and a prefix of the identifiers. */
    public record Profile(String name, String idPrefix, List<City> cities) {

        public Profile {
            cities = List.copyOf(cities);
        }

        /** About 150 cities over metropolitan France and overseas; ids P000001, C00001, S000001. */
        public static Profile france() {
            return new Profile("France", "", GeneratorCities.load("cities-france.csv"));
        }

        /** The communes of Bourgogne-Franche-Comté; ids BFC-P0001, BFC-C0001, BFC-S0001. */
        public static Profile bourgogneFrancheComte() {
            return new Profile("Bourgogne-Franche-Comté", "BFC-",
                    GeneratorCities.load("cities-bourgogne-franche-comte.csv"));
        }
    }

    private static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 5);
    private static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);
    private static final LocalDate REGISTRATION_START = LocalDate.of(2023, 1, 2);

    private static final Weighted<String> WOMEN_TRADES = new Weighted<String>()
            .add("K2204", 20).add("K1304", 14).add("M1607", 12).add("G1603", 12).add("A1203", 6).add("K2303", 5)
            .add("M1203", 6).add("M1805", 4).add("H1206", 2).add("F1606", 4).add("F1704", 5).add("N1103", 5)
            .add("F1602", 1).add("F1703", 1).add("F1603", 1).add("F1702", 1).add("F1608", 2);
    private static final Weighted<String> MEN_TRADES = new Weighted<String>()
            .add("F1704", 20).add("F1703", 12).add("F1606", 9).add("F1602", 9).add("F1603", 7).add("F1702", 6)
            .add("F1608", 4).add("N1103", 10).add("A1203", 8).add("K2303", 5).add("K2204", 4).add("G1603", 3)
            .add("M1805", 4).add("H1206", 2).add("M1203", 1).add("M1607", 1).add("K1304", 1);
    private static final Weighted<String> WORKS_TRADES = new Weighted<String>()
            .add("F1704", 30).add("F1703", 15).add("F1606", 12).add("F1602", 10).add("F1603", 8).add("F1702", 8)
            .add("F1608", 5).add("N1103", 5).add("A1203", 2);
    private static final Weighted<String> SERVICES_TRADES = new Weighted<String>()
            .add("K2204", 30).add("A1203", 18).add("K2303", 12).add("G1603", 12).add("K1304", 8).add("M1607", 8)
            .add("N1103", 12);
    private static final Weighted<String> INTELLECTUAL_TRADES = new Weighted<String>()
            .add("M1805", 40).add("H1206", 25).add("M1203", 20).add("M1607", 15);
    private static final Set<String> GRADUATE_TRADES = Set.of("M1805", "H1206", "M1203");

    private static final Weighted<EligibilityCriterion> CRITERIA = new Weighted<EligibilityCriterion>()
            .add(EligibilityCriterion.DELD, 30).add(EligibilityCriterion.DETLD, 15).add(EligibilityCriterion.RSA, 20)
            .add(EligibilityCriterion.ASS, 5).add(EligibilityCriterion.AAH, 4).add(EligibilityCriterion.RQTH, 9)
            .add(EligibilityCriterion.YOUTH, 15).add(EligibilityCriterion.SENIOR, 8)
            .add(EligibilityCriterion.LOW_QUALIFICATION, 15).add(EligibilityCriterion.PASS_IAE, 14)
            .add(EligibilityCriterion.SINGLE_PARENT, 6).add(EligibilityCriterion.REFUGEE, 3)
            .add(EligibilityCriterion.JUSTICE, 2).add(EligibilityCriterion.PRESCRIBER_OPINION, 4);
    private static final Weighted<Integer> LEVEL = new Weighted<Integer>()
            .add(0, 25).add(3, 45).add(4, 20).add(5, 7).add(6, 3);
    private static final Weighted<Integer> GRADUATE_LEVEL = new Weighted<Integer>()
            .add(4, 5).add(5, 35).add(6, 30).add(7, 25).add(8, 5);
    private static final Weighted<Integer> SLOT_LEVEL = new Weighted<Integer>().add(0, 60).add(3, 32).add(4, 8);
    private static final Weighted<Integer> INTELLECTUAL_SLOT_LEVEL = new Weighted<Integer>()
            .add(4, 15).add(5, 45).add(6, 25).add(7, 15);
    private static final Weighted<BigDecimal> MAX_WEEK = new Weighted<BigDecimal>()
            .add(new BigDecimal("17.5"), 15).add(BigDecimal.valueOf(24), 20).add(BigDecimal.valueOf(35), 55)
            .add(BigDecimal.valueOf(39), 10);
    private static final Weighted<BigDecimal> SLOT_WEEK = new Weighted<BigDecimal>()
            .add(BigDecimal.valueOf(7), 5).add(new BigDecimal("10.5"), 5).add(BigDecimal.valueOf(14), 8)
            .add(new BigDecimal("17.5"), 12).add(BigDecimal.valueOf(21), 10).add(BigDecimal.valueOf(24), 15)
            .add(BigDecimal.valueOf(28), 10).add(BigDecimal.valueOf(35), 35);
    private static final Weighted<LegalBasis> BASIS = new Weighted<LegalBasis>()
            .add(LegalBasis.EXECUTION_CLAUSE, 68).add(LegalBasis.AWARD_CRITERION, 10)
            .add(LegalBasis.RESERVED_SIAE, 9).add(LegalBasis.RESERVED_DISABILITY, 5)
            .add(LegalBasis.INSERTION_CONTRACT, 8);
    /** Per block of 25 slots: 14 works, 9 services, 2 intellectual services (56% / 36% / 8%). */
    private static final int[] TYPE_BLOCK = {14, 9, 2};

    private static final String[] WORKS_TITLES = {
        "Réhabilitation de %d logements, %s", "Construction d'un groupe scolaire - %2$s",
        "Voirie et réseaux divers, lot %d - %s", "Rénovation énergétique de bâtiments communaux (%2$s)",
        "Programme \"Cœur de ville\", lot %d, %s", "Démolition-reconstruction de %d logements - %s"};
    private static final String[] SERVICES_TITLES = {
        "Nettoyage des locaux administratifs - %2$s", "Entretien des espaces verts, lot %d, %s",
        "Restauration collective (%2$s)", "Propreté urbaine, secteur %d - %s",
        "Aide à domicile et accompagnement - %2$s", "Logistique et manutention, lot %d"};
    private static final String[] INTELLECTUAL_TITLES = {
        "Développement d'applications numériques - %2$s", "Maîtrise d'œuvre, études techniques, lot %d",
        "Assistance comptable et financière - %2$s", "Accueil et secrétariat, lot %d, %s"};
    private static final String[] BUYERS = {
        "Ville de %s", "Habitat %s (bailleur social)", "Département %s", "Centre hospitalier de %s",
        "Communauté d'agglomération de %s", "Préfecture %s"};

    private final Profile profile;
    private final Weighted<City> allCities = new Weighted<>();
    private final Weighted<City> qpvCities = new Weighted<>();
    private final List<List<String>> qpvCodes = new ArrayList<>();

    /** A generator over France. */
    public DatasetGenerator() {
        this(Profile.france());
    }

    public DatasetGenerator(Profile profile) {
        this.profile = profile;
        List<String> departments = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        for (City city : profile.cities()) {
            allCities.add(city, city.weight());
            if (city.qpvCount() > 0) {
                qpvCities.add(city, city.weight());
            }
            int d = departments.indexOf(city.department());
            if (d < 0) {
                departments.add(city.department());
                next.add(1);
                d = departments.size() - 1;
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < city.qpvCount(); i++) {
                int n = next.get(d);
                next.set(d, n + 1);
                codes.add("QP" + pad(city.department(), 3) + pad(Integer.toString(n), 3));
            }
            qpvCodes.add(List.copyOf(codes));
        }
    }

    public Profile profile() {
        return profile;
    }

    /** The illustrative QPV codes the generator gives a city (empty if it has none). */
    public List<String> qpvCodes(City city) {
        return qpvCodes.get(profile.cities().indexOf(city));
    }

    /** Generates a dataset in memory. */
    public Dataset generate(int candidates, int contracts, int slots, long seed) {
        Collector collector = new Collector();
        emit(candidates, contracts, slots, seed, collector);
        return new Dataset(collector.candidates, collector.contracts, collector.slots);
    }

    /**
     * Writes the same dataset as {@link #generate(int, int, int, long)} straight into a folder
     * (canonical form of {@link DatasetWriter}) without holding the rows in memory.
     */
    public void generate(int candidates, int contracts, int slots, long seed, Path folder) {
        try (DatasetWriter.Rows rows = DatasetWriter.Rows.open(folder)) {
            emit(candidates, contracts, slots, seed, rows);
        }
    }

    /** Keeps the rows in memory. */
    private static final class Collector implements RowSink {
        private final List<CandidateRow> candidates = new ArrayList<>();
        private final List<ContractRow> contracts = new ArrayList<>();
        private final List<SlotRow> slots = new ArrayList<>();

        @Override
        public void candidate(CandidateRow row) {
            candidates.add(row);
        }

        @Override
        public void contract(ContractRow row) {
            contracts.add(row);
        }

        @Override
        public void slot(SlotRow row) {
            slots.add(row);
        }
    }

    private void emit(int candidates, int contracts, int slots, long seed, RowSink sink) {
        if (candidates < 0 || contracts < 0 || slots < 0 || (slots > 0 && contracts == 0)) {
            throw new IllegalArgumentException("sizes must be non-negative, and slots need contracts");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int width = Math.max(4, Integer.toString(Math.max(candidates, Math.max(contracts, slots))).length());
        for (int i = 1; i <= candidates; i++) {
            sink.candidate(candidate(random, profile.idPrefix() + "P" + pad(Integer.toString(i), width)));
        }
        ContractType[] types = contractTypes(random, contracts);
        int[] slotCounts = slotCounts(random, types, slots);
        int slotNumber = 0;
        for (int i = 0; i < contracts; i++) {
            String id = profile.idPrefix() + "C" + pad(Integer.toString(i + 1), width);
            ContractRow draft = contract(random, id, types[i]);
            List<SlotRow> rows = new ArrayList<>(slotCounts[i]);
            int hours = 0;
            for (int j = 0; j < slotCounts[i]; j++) {
                slotNumber++;
                SlotRow slot = slot(random, profile.idPrefix() + "S" + pad(Integer.toString(slotNumber), width), draft);
                hours += slot.hours();
                rows.add(slot);
            }
            sink.contract(new ContractRow(draft.id(), draft.buyer(), draft.title(), draft.type(), draft.legalBasis(),
                    draft.anru(), draft.commune(), draft.latitude(), draft.longitude(), draft.qpvCode(),
                    draft.startDate(), draft.endDate(), hours, draft.territory()));
            rows.forEach(sink::slot);
        }
    }

    private CandidateRow candidate(SplittableRandom random, String id) {
        double g = random.nextDouble();
        Gender gender = g < 0.40 ? Gender.F : g < 0.98 ? Gender.M : null;
        boolean qpv = random.nextDouble() < 0.35 && !qpvCities.isEmpty();
        City city = (qpv ? qpvCities : allCities).pick(random);
        String qpvCode = qpv ? pickFrom(random, qpvCodes(city)) : null;
        double[] home = around(random, city, 4.0);

        Set<EligibilityCriterion> eligibility = EnumSet.noneOf(EligibilityCriterion.class);
        if (random.nextDouble() >= 0.15) {
            int count = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.15 ? 1 : 0);
            eligibility.addAll(CRITERIA.pickDistinct(random, count));
        }
        LocalDate eligibilityUntil = random.nextDouble() < 0.25
                ? LocalDate.of(2026, 2, 1).plusDays(random.nextInt(638)) : null;
        int birthYear = eligibility.contains(EligibilityCriterion.YOUTH) ? 2001 + random.nextInt(8)
                : eligibility.contains(EligibilityCriterion.SENIOR) ? 1958 + random.nextInt(19)
                : 1966 + random.nextInt(40);

        Weighted<String> tradeTable = gender == Gender.F || (gender == null && random.nextBoolean())
                ? WOMEN_TRADES : MEN_TRADES;
        double t = random.nextDouble();
        List<String> trades = tradeTable.pickDistinct(random, t < 0.5 ? 1 : t < 0.85 ? 2 : 3);
        boolean graduate = trades.stream().anyMatch(GRADUATE_TRADES::contains);
        int level = (graduate ? GRADUATE_LEVEL : LEVEL).pick(random);

        List<String> licences = new ArrayList<>();
        addIf(licences, "B", random.nextDouble() < 0.55);
        addIf(licences, "C", random.nextDouble() < 0.04);
        addIf(licences, "CACES_R482", random.nextDouble() < (hasAny(trades, "F1704", "F1702") ? 0.20 : 0.03));
        addIf(licences, "CACES_R486", random.nextDouble() < 0.03);
        addIf(licences, "CACES_R489", random.nextDouble() < (trades.contains("N1103") ? 0.35 : 0.02));
        addIf(licences, "SST", random.nextDouble() < 0.12);
        addIf(licences, "HAB_ELEC", random.nextDouble() < (trades.contains("F1602") ? 0.45 : 0.02));

        double maxDistance = 5 + random.nextInt(56);
        LocalDate from = random.nextDouble() < 0.30 ? PERIOD_START.plusDays(random.nextInt(300)) : null;
        LocalDate until = random.nextDouble() < 0.20
                ? min((from == null ? LocalDate.of(2026, 6, 1) : from).plusDays(120 + random.nextInt(480)), PERIOD_END)
                : null;
        BigDecimal maxWeek = MAX_WEEK.pick(random);
        LocalDate registeredOn = REGISTRATION_START.plusDays(random.nextInt(1094));
        return new CandidateRow(id, gender, birthYear, city.name(), home[0], home[1], qpvCode,
                Collections.unmodifiableSet(eligibility), eligibilityUntil, trades, level, List.copyOf(licences),
                maxDistance, from, until, maxWeek, registeredOn, city.department());
    }

    /** A contract without its required hours (the sum of its slots, known once they are drawn). */
    private ContractRow contract(SplittableRandom random, String id, ContractType type) {
        City city = allCities.pick(random);
        List<String> codes = qpvCodes(city);
        LegalBasis basis = BASIS.pick(random);
        boolean anru = type == ContractType.WORKS && !codes.isEmpty() && random.nextDouble() < 0.25;
        String qpvCode = anru || (!codes.isEmpty() && random.nextDouble() < 0.15) ? pickFrom(random, codes) : null;
        double[] site = around(random, city, 2.0);
        String[] titles = switch (type) {
            case WORKS -> WORKS_TITLES;
            case SERVICES -> SERVICES_TITLES;
            case INTELLECTUAL_SERVICES -> INTELLECTUAL_TITLES;
        };
        String title = String.format(titles[random.nextInt(titles.length)], 2 + random.nextInt(150), city.name());
        String buyerTemplate = BUYERS[random.nextInt(BUYERS.length)];
        String buyer = String.format(buyerTemplate, buyerTemplate.startsWith("Département")
                || buyerTemplate.startsWith("Préfecture") ? city.department() : city.name());
        LocalDate start = PERIOD_START.plusDays(random.nextInt(541));
        LocalDate end = min(start.plusDays(182 + random.nextInt(549)), PERIOD_END);
        return new ContractRow(id, buyer, title, type, basis, anru, city.name(), site[0], site[1], qpvCode,
                start, end, 0, city.department());
    }

    private SlotRow slot(SplittableRandom random, String id, ContractRow contract) {
        String trade = switch (contract.type()) {
            case WORKS -> WORKS_TRADES.pick(random);
            case SERVICES -> SERVICES_TRADES.pick(random);
            case INTELLECTUAL_SERVICES -> INTELLECTUAL_TRADES.pick(random);
        };
        BigDecimal perWeek = SLOT_WEEK.pick(random);
        int weeks = 2 + random.nextInt(25);
        double load = perWeek.doubleValue();
        int hours = (int) Math.round(load * weeks * (0.8 + 0.2 * random.nextDouble()));
        if (hours < 35) {
            weeks = Math.max(weeks, (int) Math.ceil(35 / load));
            hours = 35;
        }
        hours = Math.min(hours, 600);
        long span = contract.endDate().toEpochDay() - contract.startDate().toEpochDay() + 1;
        LocalDate start = contract.startDate().plusDays(random.nextInt((int) (span - weeks * 7L) + 1));
        LocalDate end = start.plusDays(weeks * 7L - 1);
        int level = (contract.type() == ContractType.INTELLECTUAL_SERVICES ? INTELLECTUAL_SLOT_LEVEL : SLOT_LEVEL)
                .pick(random);
        double r = random.nextDouble();
        List<String> licences = switch (trade) {
            case "F1602" -> r < 0.5 ? List.of("HAB_ELEC") : List.of();
            case "N1103" -> r < 0.4 ? List.of("CACES_R489") : List.of();
            case "F1704", "F1702" -> r < 0.08 ? List.of("CACES_R482") : List.of();
            case "K1304" -> r < 0.4 ? List.of("B") : List.of();
            case "A1203" -> r < 0.2 ? List.of("B") : List.of();
            default -> r < 0.05 ? List.of("SST") : List.of();
        };
        return new SlotRow(id, contract.id(), trade, hours, start, end, perWeek, level, licences);
    }

    /** Contract types stratified by blocks of 25 so that the shares hold on small samples. */
    private static ContractType[] contractTypes(SplittableRandom random, int contracts) {
        ContractType[] types = new ContractType[contracts];
        ContractType[] block = new ContractType[25];
        for (int start = 0; start < contracts; start += 25) {
            int b = 0;
            for (int t = 0; t < TYPE_BLOCK.length; t++) {
                for (int n = 0; n < TYPE_BLOCK[t]; n++) {
                    block[b++] = ContractType.values()[t];
                }
            }
            shuffle(random, block);
            System.arraycopy(block, 0, types, start, Math.min(25, contracts - start));
        }
        return types;
    }

    /**
     * Slots per contract: the slots are split between types in the 56/36/8 proportions, then over
     * the contracts of each type, at least one each while there are enough.
     */
    private static int[] slotCounts(SplittableRandom random, ContractType[] types, int slots) {
        int[] counts = new int[types.length];
        int[] perType = new int[3];
        int assigned = 0;
        for (int t = 0; t < 3; t++) {
            perType[t] = (int) Math.round(slots * TYPE_BLOCK[t] / 25.0);
        }
        perType[0] = slots - perType[1] - perType[2];
        for (int t = 0; t < 3; t++) {
            List<Integer> ofType = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                if (types[i].ordinal() == t) {
                    ofType.add(i);
                }
            }
            if (ofType.isEmpty()) {
                ofType = allIndexes(types.length);
            }
            int left = perType[t];
            for (int i = 0; i < ofType.size() && left > 0; i++, left--) {
                counts[ofType.get(i)]++;
            }
            for (; left > 0; left--) {
                counts[ofType.get(random.nextInt(ofType.size()))]++;
            }
            assigned += perType[t];
        }
        assert assigned == slots;
        return counts;
    }

    private static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static <T> void shuffle(SplittableRandom random, T[] array) {
        for (int i = array.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = array[i];
            array[i] = array[j];
            array[j] = swap;
        }
    }

    /** A point drawn uniformly within {@code radiusKm} of the city centre, rounded to 4 decimals. */
    private static double[] around(SplittableRandom random, City city, double radiusKm) {
        double r = radiusKm * StrictMath.sqrt(random.nextDouble());
        double angle = 2 * StrictMath.PI * random.nextDouble();
        double lat = city.latitude() + r * StrictMath.cos(angle) / 111.2;
        double lon = city.longitude()
                + r * StrictMath.sin(angle) / (111.2 * StrictMath.cos(StrictMath.toRadians(city.latitude())));
        return new double[] {round4(lat), round4(lon)};
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String pickFrom(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static boolean hasAny(List<String> values, String a, String b) {
        return values.contains(a) || values.contains(b);
    }

    private static void addIf(List<String> values, String value, boolean condition) {
        if (condition) {
            values.add(value);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String pad(String value, int width) {
        return "0".repeat(Math.max(0, width - value.length())) + value;
    }

    /** A fixed, ordered table of values with integer weights. */
    private static final class Weighted<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        Weighted<T> add(T value, int weight) {
            values.add(value);
            total += weight;
            cumulative.add(total);
            return this;
        }

        boolean isEmpty() {
            return values.isEmpty();
        }

        T pick(SplittableRandom random) {
            int r = random.nextInt(total);
            int low = 0;
            int high = cumulative.size() - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative.get(mid) > r) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return values.get(low);
        }

        /** Distinct values, in drawing order. */
        List<T> pickDistinct(SplittableRandom random, int count) {
            List<T> picked = new ArrayList<>(count);
            int guard = 0;
            while (picked.size() < Math.min(count, values.size()) && guard++ < 100) {
                T value = pick(random);
                if (!picked.contains(value)) {
                    picked.add(value);
                }
            }
            return List.copyOf(picked);
        }
    }
}
