package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.generator.DatasetGenerator.City;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The people: about 40% women (2% not stated), 35% QPV residents, 15% not eligible, a quarter
 * with an eligibility end date; women drawn more often towards service and office trades, men
 * towards building trades; reach 5-60 km.
 */
final class PeopleDraw {

    private static final LocalDate REGISTRATION_START = LocalDate.of(2023, 1, 2);

    private static final Weighted<String> WOMEN_TRADES = new Weighted<String>()
            .add("K2204", 20).add("K1304", 14).add("M1607", 12).add("G1603", 12).add("A1203", 6).add("K2303", 5)
            .add("M1203", 6).add("M1805", 4).add("H1206", 2).add("F1606", 4).add("F1704", 5).add("N1103", 5)
            .add("F1602", 1).add("F1703", 1).add("F1603", 1).add("F1702", 1).add("F1608", 2);
    private static final Weighted<String> MEN_TRADES = new Weighted<String>()
            .add("F1704", 20).add("F1703", 12).add("F1606", 9).add("F1602", 9).add("F1603", 7).add("F1702", 6)
            .add("F1608", 4).add("N1103", 10).add("A1203", 8).add("K2303", 5).add("K2204", 4).add("G1603", 3)
            .add("M1805", 4).add("H1206", 2).add("M1203", 1).add("M1607", 1).add("K1304", 1);
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
    private static final Weighted<BigDecimal> MAX_WEEK = new Weighted<BigDecimal>()
            .add(new BigDecimal("17.5"), 15).add(BigDecimal.valueOf(24), 20).add(BigDecimal.valueOf(35), 55)
            .add(BigDecimal.valueOf(39), 10);

    private final ProfileCities cities;

    PeopleDraw(ProfileCities cities) {
        this.cities = cities;
    }

    CandidateRow candidate(SplittableRandom random, String id) {
        double g = random.nextDouble();
        Gender gender = g < 0.40 ? Gender.F : g < 0.98 ? Gender.M : null;
        boolean qpv = random.nextDouble() < 0.35 && !cities.withQpv().isEmpty();
        City city = (qpv ? cities.withQpv() : cities.all()).pick(random);
        String qpvCode = qpv ? Draws.pickFrom(random, cities.qpvCodes(city)) : null;
        double[] home = Draws.around(random, city, 4.0);

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
        List<String> licences = licences(random, trades);

        double maxDistance = 5 + random.nextInt(56);
        LocalDate from = random.nextDouble() < 0.30 ? Draws.PERIOD_START.plusDays(random.nextInt(300)) : null;
        LocalDate until = random.nextDouble() < 0.20
                ? Draws.min((from == null ? LocalDate.of(2026, 6, 1) : from).plusDays(120 + random.nextInt(480)),
                        Draws.PERIOD_END)
                : null;
        BigDecimal maxWeek = MAX_WEEK.pick(random);
        LocalDate registeredOn = REGISTRATION_START.plusDays(random.nextInt(1094));
        return new CandidateRow(id, gender, birthYear, city.name(), home[0], home[1], qpvCode,
                Collections.unmodifiableSet(eligibility), eligibilityUntil, trades, level, licences,
                maxDistance, from, until, maxWeek, registeredOn, city.department());
    }

    /** Licences, more often those the person's trades use. */
    private static List<String> licences(SplittableRandom random, List<String> trades) {
        List<String> licences = new ArrayList<>();
        addIf(licences, "B", random.nextDouble() < 0.55);
        addIf(licences, "C", random.nextDouble() < 0.04);
        addIf(licences, "CACES_R482", random.nextDouble() < (hasAny(trades, "F1704", "F1702") ? 0.20 : 0.03));
        addIf(licences, "CACES_R486", random.nextDouble() < 0.03);
        addIf(licences, "CACES_R489", random.nextDouble() < (trades.contains("N1103") ? 0.35 : 0.02));
        addIf(licences, "SST", random.nextDouble() < 0.12);
        addIf(licences, "HAB_ELEC", random.nextDouble() < (trades.contains("F1602") ? 0.45 : 0.02));
        return List.copyOf(licences);
    }

    private static boolean hasAny(List<String> values, String a, String b) {
        return values.contains(a) || values.contains(b);
    }

    private static void addIf(List<String> values, String value, boolean condition) {
        if (condition) {
            values.add(value);
        }
    }
}
