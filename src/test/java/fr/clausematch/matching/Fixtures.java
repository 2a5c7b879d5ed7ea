package fr.clausematch.matching;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.Slot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Builders for test problems: sensible defaults (compatible pair), each field overridable. */
public final class Fixtures {

    public static final LocalDate D = LocalDate.of(2026, 3, 2);
    /** Nevers. */
    public static final double LAT = 46.99;
    public static final double LON = 3.16;

    private Fixtures() {
    }

    public static CandidateBuilder candidate(String id) {
        return new CandidateBuilder(id);
    }

    public static Contract contract(String id) {
        return contract(id, ContractType.WORKS, LegalBasis.EXECUTION_CLAUSE, false, null);
    }

    public static Contract contract(String id, ContractType type, LegalBasis basis, boolean anru, String qpv) {
        return new Contract(id, "Bailleur", type, basis, anru, "Nevers", LAT, LON, qpv, D, D.plusYears(1), 1000);
    }

    public static Slot slot(String id, Contract contract) {
        return slot(id, contract, D, D.plusDays(27), 350);
    }

    public static Slot slot(String id, Contract contract, LocalDate start, LocalDate end, int tenthsPerWeek) {
        return new Slot(id, contract, "F1703", 140, start, end, tenthsPerWeek, 0, Set.of());
    }

    public static Slot assigned(Slot slot, Candidate candidate) {
        slot.setCandidate(candidate);
        return slot;
    }

    public static final class CandidateBuilder {
        String id;
        Gender gender = Gender.M;
        double lat = LAT;
        double lon = LON;
        String qpv;
        Set<EligibilityCriterion> eligibility = EnumSet.of(EligibilityCriterion.DELD);
        LocalDate eligibilityUntil;
        Set<String> trades = Set.of("F1703");
        int qualification = 3;
        Set<String> licences = Set.of("B");
        double maxKm = 30;
        LocalDate from;
        LocalDate until;
        int maxTenths = 350;
        LocalDate registeredOn = D.minusMonths(6);
        int seniority;

        CandidateBuilder(String id) {
            this.id = id;
        }

        public CandidateBuilder woman() {
            gender = Gender.F;
            return this;
        }

        public CandidateBuilder qpv(String code) {
            qpv = code;
            return this;
        }

        public CandidateBuilder at(double lat, double lon) {
            this.lat = lat;
            this.lon = lon;
            return this;
        }

        public CandidateBuilder eligibility(Set<EligibilityCriterion> e) {
            eligibility = e;
            return this;
        }

        public CandidateBuilder eligibleUntil(LocalDate d) {
            eligibilityUntil = d;
            return this;
        }

        public CandidateBuilder trades(String... t) {
            trades = Set.of(t);
            return this;
        }

        public CandidateBuilder qualification(int q) {
            qualification = q;
            return this;
        }

        public CandidateBuilder licences(String... l) {
            licences = Set.of(l);
            return this;
        }

        public CandidateBuilder maxKm(double km) {
            maxKm = km;
            return this;
        }

        public CandidateBuilder available(LocalDate from, LocalDate until) {
            this.from = from;
            this.until = until;
            return this;
        }

        public CandidateBuilder maxTenths(int t) {
            maxTenths = t;
            return this;
        }

        public CandidateBuilder registered(LocalDate d) {
            registeredOn = d;
            return this;
        }

        public CandidateBuilder seniority(int days) {
            seniority = days;
            return this;
        }

        public Candidate build() {
            return new Candidate(id, gender, "Nevers", lat, lon, qpv, eligibility, eligibilityUntil, trades, qualification,
                    licences, maxKm, from, until, maxTenths, registeredOn, seniority);
        }
    }

    /**
     * A random but reproducible problem: {@code nCandidates} people and {@code nSlots} slots around
     * Nevers and Dijon, a few trades, all three contract types, some QPV and ANRU, some overlaps.
     */
    public static MatchingInput randomInput(int nCandidates, int nSlots, long seed) {
        Random r = new Random(seed);
        String[] trades = {"F1703", "F1704", "K2204", "A1203", "M1805"};
        double[][] towns = {{46.99, 3.16}, {47.32, 5.04}, {47.24, 6.02}};
        String[] communes = {"Nevers", "Dijon", "Besançon"};
        EligibilityCriterion[] criteria = EligibilityCriterion.values();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < nCandidates; i++) {
            int town = r.nextInt(towns.length);
            Set<EligibilityCriterion> e = r.nextInt(10) == 0 ? Set.of()
                    : EnumSet.of(criteria[r.nextInt(criteria.length)], criteria[r.nextInt(criteria.length)]);
            candidates.add(new Candidate(String.format("C%04d", i), r.nextBoolean() ? Gender.F : Gender.M, communes[town],
                    towns[town][0] + r.nextGaussian() * 0.1, towns[town][1] + r.nextGaussian() * 0.1,
                    r.nextInt(3) == 0 ? "QP0" + town : null, e,
                    r.nextInt(5) == 0 ? D.plusDays(r.nextInt(200)) : null,
                    new java.util.HashSet<>(List.of(trades[r.nextInt(trades.length)], trades[r.nextInt(trades.length)])),
                    r.nextInt(4) == 0 ? 0 : 3 + r.nextInt(3), r.nextBoolean() ? Set.of("B") : Set.of(),
                    10 + r.nextInt(60), null, r.nextInt(6) == 0 ? D.plusDays(100 + r.nextInt(200)) : null,
                    (r.nextBoolean() ? 350 : 175 + 10 * r.nextInt(10)), D.minusDays(r.nextInt(700)), 0));
        }
        List<Contract> contracts = new ArrayList<>();
        int nContracts = Math.max(1, nSlots / 4);
        ContractType[] types = ContractType.values();
        for (int i = 0; i < nContracts; i++) {
            int town = r.nextInt(towns.length);
            LegalBasis basis = r.nextInt(8) == 0 ? LegalBasis.RESERVED_SIAE : LegalBasis.EXECUTION_CLAUSE;
            contracts.add(new Contract(String.format("K%03d", i), "Acheteur", types[r.nextInt(types.length)], basis,
                    r.nextInt(6) == 0, communes[town], towns[town][0] + r.nextGaussian() * 0.05,
                    towns[town][1] + r.nextGaussian() * 0.05, r.nextInt(4) == 0 ? "QP0" + town : null,
                    D, D.plusYears(1), 500));
        }
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < nSlots; i++) {
            Contract k = contracts.get(r.nextInt(contracts.size()));
            LocalDate start = D.plusDays(r.nextInt(120));
            int weeks = 1 + r.nextInt(12);
            int tenths = 70 + 10 * r.nextInt(24);
            slots.add(new Slot(String.format("S%04d", i), k, trades[r.nextInt(trades.length)],
                    Math.max(1, weeks * tenths / 10), start, start.plusDays(weeks * 7L - 1), tenths,
                    r.nextInt(3) == 0 ? 3 + r.nextInt(2) : 0, r.nextInt(5) == 0 ? Set.of("B") : Set.of()));
        }
        return MatchingInput.of("random-" + seed, candidates, contracts, slots);
    }
}
