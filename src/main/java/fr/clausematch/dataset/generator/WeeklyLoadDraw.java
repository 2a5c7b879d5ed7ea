package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.dataset.generator.DatasetGenerator.City;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The weekly-load profile, the hard case of rule 9: few people (one for eight slots), each with two to four of six
 * trades, every one eligible, reaching 30-80 km and available throughout; many long slots (12 to 26 weeks) at 12 to
 * 20 h a week, all starting in March-April 2026, so that they overlap and a person holds two or three at once at
 * most (maximum 24, 35 or 39 h a week). Which slots to give whom is then decided by the weekly load alone.
 */
final class WeeklyLoadDraw {

    /** Mondays: the slots start within six weeks of this day. */
    static final LocalDate FIRST_START = LocalDate.of(2026, 3, 2);
    private static final List<String> WORKS_TRADES = List.of("F1704", "F1703", "F1606");
    private static final List<String> SERVICES_TRADES = List.of("K2204", "A1203");
    private static final List<String> OFFICE_TRADES = List.of("M1607");
    private static final Weighted<String> TRADES = new Weighted<String>()
            .add("F1704", 4).add("F1703", 3).add("F1606", 3).add("K2204", 4).add("A1203", 3).add("M1607", 2);
    private static final Weighted<EligibilityCriterion> CRITERIA = new Weighted<EligibilityCriterion>()
            .add(EligibilityCriterion.DELD, 30).add(EligibilityCriterion.RSA, 25).add(EligibilityCriterion.YOUTH, 20)
            .add(EligibilityCriterion.SENIOR, 10).add(EligibilityCriterion.LOW_QUALIFICATION, 15);
    private static final Weighted<BigDecimal> MAX_WEEK = new Weighted<BigDecimal>()
            .add(BigDecimal.valueOf(24), 25).add(BigDecimal.valueOf(35), 60).add(BigDecimal.valueOf(39), 15);
    private static final Weighted<BigDecimal> SLOT_WEEK = new Weighted<BigDecimal>()
            .add(BigDecimal.valueOf(12), 20).add(BigDecimal.valueOf(14), 20).add(BigDecimal.valueOf(15), 15)
            .add(new BigDecimal("17.5"), 30).add(BigDecimal.valueOf(20), 15);

    private final ProfileCities cities;

    WeeklyLoadDraw(ProfileCities cities) {
        this.cities = cities;
    }

    CandidateRow candidate(SplittableRandom random, String id) {
        Gender gender = random.nextDouble() < 0.45 ? Gender.F : Gender.M;
        boolean qpv = random.nextDouble() < 0.35 && !cities.withQpv().isEmpty();
        City city = (qpv ? cities.withQpv() : cities.all()).pick(random);
        String qpvCode = qpv ? Draws.pickFrom(random, cities.qpvCodes(city)) : null;
        double[] home = Draws.around(random, city, 4.0);
        Set<EligibilityCriterion> eligibility = Set.copyOf(CRITERIA.pickDistinct(random, 1 + random.nextInt(2)));
        int birthYear = eligibility.contains(EligibilityCriterion.YOUTH) ? 2001 + random.nextInt(8)
                : eligibility.contains(EligibilityCriterion.SENIOR) ? 1958 + random.nextInt(19) : 1966 + random.nextInt(40);
        List<String> trades = TRADES.pickDistinct(random, 2 + random.nextInt(3));
        List<String> licences = random.nextDouble() < 0.6 ? List.of("B") : List.of();
        double reach = 30 + random.nextInt(51);
        LocalDate registeredOn = LocalDate.of(2023, 1, 2).plusDays(random.nextInt(1094));
        return new CandidateRow(id, gender, birthYear, city.name(), home[0], home[1], qpvCode, eligibility, null, trades,
                3 + random.nextInt(2), licences, reach, null, null, MAX_WEEK.pick(random), registeredOn, city.department());
    }

    /** A contract of the spring and summer 2026 (its required hours: the sum of its slots, set afterwards). */
    ContractRow contract(SplittableRandom random, String id, ContractType type) {
        City city = cities.all().pick(random);
        double[] site = Draws.around(random, city, 2.0);
        String title = switch (type) {
            case WORKS -> "Réhabilitation de logements - " + city.name();
            case SERVICES -> "Propreté et espaces verts - " + city.name();
            case INTELLECTUAL_SERVICES -> "Accueil et secrétariat - " + city.name();
        };
        return new ContractRow(id, "Ville de " + city.name(), title, type, LegalBasis.EXECUTION_CLAUSE, false,
                city.name(), site[0], site[1], null, FIRST_START, LocalDate.of(2026, 10, 30), 0, city.department());
    }

    SlotRow slot(SplittableRandom random, String id, ContractRow contract) {
        List<String> trades = switch (contract.type()) {
            case WORKS -> WORKS_TRADES;
            case SERVICES -> SERVICES_TRADES;
            case INTELLECTUAL_SERVICES -> OFFICE_TRADES;
        };
        BigDecimal perWeek = SLOT_WEEK.pick(random);
        int weeks = 12 + random.nextInt(15);
        LocalDate start = FIRST_START.plusDays(random.nextInt(42));
        int hours = perWeek.multiply(BigDecimal.valueOf(weeks)).intValue();
        List<String> licences = random.nextDouble() < 0.1 ? List.of("B") : List.of();
        return new SlotRow(id, contract.id(), Draws.pickFrom(random, trades), hours, start, start.plusDays(7L * weeks - 1),
                perWeek, random.nextDouble() < 0.3 ? 3 : 0, licences);
    }
}
