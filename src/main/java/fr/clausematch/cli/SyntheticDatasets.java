package fr.clausematch.cli;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.ContractType;
import fr.clausematch.matching.EligibilityCriterion;
import fr.clausematch.matching.Gender;
import fr.clausematch.matching.LegalBasis;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Datasets of a given size for the benchmark. Uses the dataset package's
 * {@code DatasetGenerator.generate(int candidates, int contracts, int slots, long seed)} when it is on
 * the classpath (it is written on the dataset branch); until then, falls back to a simple built-in
 * generator (towns spread over metropolitan France, people clustered around them, a dozen trades).
 */
final class SyntheticDatasets {

    private static final String[] TRADES = {"F1704", "F1703", "F1606", "F1602", "K2204", "A1203", "N1103", "K2303",
            "H2909", "M1805", "M1607", "I1203", "G1602", "J1301"};
    private static final int[] TRADE_WEIGHT = {20, 12, 10, 6, 16, 10, 8, 5, 3, 3, 2, 2, 2, 1};
    private static final ContractType[] TYPES = ContractType.values();

    private SyntheticDatasets() {
    }

    static Dataset generate(int candidates, int contracts, int slots, long seed) {
        try {
            Class<?> generator = Class.forName("fr.clausematch.dataset.DatasetGenerator");
            return (Dataset) generator.getMethod("generate", int.class, int.class, int.class, long.class)
                    .invoke(null, candidates, contracts, slots, seed);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return builtIn(candidates, contracts, slots, seed);
        } catch (InvocationTargetException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static Dataset builtIn(int nCandidates, int nContracts, int nSlots, long seed) {
        Random r = new Random(seed);
        LocalDate origin = LocalDate.of(2026, 1, 5);
        int nTowns = Math.max(3, Math.min(600, nSlots / 60));
        double[][] towns = new double[nTowns][2];
        for (int i = 0; i < nTowns; i++) {
            towns[i][0] = 43.0 + r.nextDouble() * 7.5;
            towns[i][1] = -1.5 + r.nextDouble() * 8.5;
        }
        EligibilityCriterion[] criteria = EligibilityCriterion.values();
        List<CandidateRow> candidates = new ArrayList<>(nCandidates);
        for (int i = 0; i < nCandidates; i++) {
            int town = r.nextInt(nTowns);
            Set<EligibilityCriterion> eligibility = r.nextInt(20) == 0 ? Set.of()
                    : EnumSet.of(criteria[r.nextInt(criteria.length)], criteria[r.nextInt(criteria.length)]);
            Set<String> trades = new LinkedHashSet<>();
            trades.add(trade(r));
            if (r.nextBoolean()) {
                trades.add(trade(r));
            }
            boolean qpv = r.nextInt(10) < 3;
            candidates.add(new CandidateRow(String.format("C%06d", i), r.nextInt(10) < 4 ? Gender.F : (r.nextInt(20) == 0 ? null : Gender.M),
                    1960 + r.nextInt(45), "Ville" + town, towns[town][0] + r.nextGaussian() * 0.08,
                    towns[town][1] + r.nextGaussian() * 0.1, qpv ? String.format("QP%06d", town) : null, eligibility,
                    r.nextInt(8) == 0 ? origin.plusDays(r.nextInt(365)) : null, List.copyOf(trades),
                    r.nextInt(4) == 0 ? 0 : 3 + r.nextInt(4), r.nextInt(3) == 0 ? List.of() : List.of("B"),
                    5 + r.nextInt(50), r.nextInt(10) == 0 ? origin.plusDays(r.nextInt(120)) : null,
                    r.nextInt(10) == 0 ? origin.plusDays(200 + r.nextInt(300)) : null,
                    r.nextInt(3) == 0 ? new BigDecimal("17.5") : (r.nextBoolean() ? new BigDecimal("35") : new BigDecimal("24")),
                    origin.minusDays(r.nextInt(900)), null));
        }
        List<ContractRow> contracts = new ArrayList<>(nContracts);
        for (int i = 0; i < nContracts; i++) {
            int town = r.nextInt(nTowns);
            int p = r.nextInt(100);
            ContractType type = p < 60 ? ContractType.WORKS : p < 90 ? ContractType.SERVICES : ContractType.INTELLECTUAL_SERVICES;
            int b = r.nextInt(100);
            LegalBasis basis = b < 80 ? LegalBasis.EXECUTION_CLAUSE : b < 88 ? LegalBasis.AWARD_CRITERION
                    : b < 94 ? LegalBasis.INSERTION_CONTRACT : b < 98 ? LegalBasis.RESERVED_SIAE : LegalBasis.RESERVED_DISABILITY;
            boolean inQpv = r.nextInt(4) == 0;
            contracts.add(new ContractRow(String.format("K%06d", i), "Acheteur" + r.nextInt(200), "Marché " + i, type, basis,
                    type == ContractType.WORKS && r.nextInt(8) == 0, "Ville" + town,
                    towns[town][0] + r.nextGaussian() * 0.03, towns[town][1] + r.nextGaussian() * 0.04,
                    inQpv ? String.format("QP%06d", town) : null, origin, origin.plusDays(365), 400, null));
        }
        List<SlotRow> slots = new ArrayList<>(nSlots);
        for (int i = 0; i < nSlots; i++) {
            ContractRow k = contracts.get(i < nContracts ? i : r.nextInt(nContracts));
            LocalDate start = origin.plusDays(r.nextInt(300));
            int weeks = 1 + r.nextInt(16);
            int perWeek = 7 + r.nextInt(29);
            String trade = k.type() == ContractType.INTELLECTUAL_SERVICES ? (r.nextBoolean() ? "M1805" : "M1607")
                    : k.type() == ContractType.SERVICES ? (r.nextBoolean() ? "K2204" : "A1203") : trade(r);
            slots.add(new SlotRow(String.format("S%06d", i), k.id(), trade, weeks * perWeek, start,
                    start.plusDays(weeks * 7L - 1), BigDecimal.valueOf(perWeek), r.nextInt(5) == 0 ? 3 : 0,
                    r.nextInt(6) == 0 ? List.of("B") : List.of()));
        }
        return new Dataset(candidates, contracts, slots);
    }

    private static String trade(Random r) {
        int total = 0;
        for (int w : TRADE_WEIGHT) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < TRADES.length; i++) {
            x -= TRADE_WEIGHT[i];
            if (x < 0) {
                return TRADES[i];
            }
        }
        return TRADES[0];
    }
}
