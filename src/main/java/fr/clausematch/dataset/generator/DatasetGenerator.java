package fr.clausematch.dataset.generator;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetWriter;
import fr.clausematch.dataset.RowSink;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.model.ContractType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic, reproducible datasets of the exchange format. The same profile, sizes and seed give
 * the same rows and the same bytes: one {@link SplittableRandom} drawn in a fixed order, fixed
 * tables, {@link StrictMath}, fixed reference dates (contracts and slots in 2026-2027).
 *
 * <p>Calibration (aims, before sampling noise): the people in {@link PeopleDraw}, the contracts in
 * {@link ContractDraw}, the slots in {@link SlotDraw}; required_hours = sum of the contract's
 * slots' hours. Scarcity comes from reach (5-60 km), trades, qualification, licences, eligibility
 * and reserved contracts: not every slot has a possible candidate.
 */
public final class DatasetGenerator {

    /** A real commune: centre coordinates, département code, weight (population, thousands), QPVs. */
    public record City(String name, String department, double latitude, double longitude, int weight, int qpvCount) {
    }

    /** How the people and slots are drawn. */
    public enum Shape {
        /** As calibrated on the real figures: {@link PeopleDraw}, {@link ContractDraw}, {@link SlotDraw}. */
        REALISTIC,
        /** Few people, many long overlapping part-time slots: rule 9 decides ({@link WeeklyLoadDraw}). */
        WEEKLY_LOAD
    }

    /** Where the data lies: the communes and a prefix of the identifiers, and how people and slots are drawn. */
    public record Profile(String name, String idPrefix, List<City> cities, Shape shape) {

        public Profile {
            cities = List.copyOf(cities);
            shape = shape == null ? Shape.REALISTIC : shape;
        }

        public Profile(String name, String idPrefix, List<City> cities) {
            this(name, idPrefix, cities, Shape.REALISTIC);
        }

        /**
         * The weekly-load profile over Bourgogne-Franche-Comté's communes; ids W-P0001, W-C0001, W-S0001. Sizes that
         * make it bind: one person for eight slots, one contract for ten ({@link #weeklyLoadSizes}).
         */
        public static Profile weeklyLoad() {
            return new Profile("Charge hebdomadaire (Bourgogne-Franche-Comté)", "W-",
                    GeneratorCities.load("cities-bourgogne-franche-comte.csv"), Shape.WEEKLY_LOAD);
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

    /** People and contracts of the weekly-load profile for {@code slots} slots: {candidates, contracts}. */
    public static int[] weeklyLoadSizes(int slots) {
        return new int[] {Math.max(3, slots / 8), Math.max(1, slots / 10)};
    }

    private final Profile profile;
    private final ProfileCities cities;
    private final PeopleDraw people;
    private final ContractDraw contracts;
    private final WeeklyLoadDraw weekly;

    /** A generator over France. */
    public DatasetGenerator() {
        this(Profile.france());
    }

    public DatasetGenerator(Profile profile) {
        this.profile = profile;
        this.cities = new ProfileCities(profile);
        this.people = new PeopleDraw(cities);
        this.contracts = new ContractDraw(cities);
        this.weekly = new WeeklyLoadDraw(cities);
    }

    public Profile profile() {
        return profile;
    }

    /** The illustrative QPV codes the generator gives a city (empty if it has none). */
    public List<String> qpvCodes(City city) {
        return cities.qpvCodes(city);
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
        new DatasetWriter().write(folder, rows -> emit(candidates, contracts, slots, seed, rows));
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

    /** The people first, then each contract right before its slots, all from one random stream. */
    private void emit(int candidateCount, int contractCount, int slotCount, long seed, RowSink sink) {
        if (candidateCount < 0 || contractCount < 0 || slotCount < 0 || (slotCount > 0 && contractCount == 0)) {
            throw new IllegalArgumentException("sizes must be non-negative, and slots need contracts");
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean weeklyLoad = profile.shape() == Shape.WEEKLY_LOAD;
        int width = Math.max(4,
                Integer.toString(Math.max(candidateCount, Math.max(contractCount, slotCount))).length());
        for (int i = 1; i <= candidateCount; i++) {
            String id = id("P", i, width);
            sink.candidate(weeklyLoad ? weekly.candidate(random, id) : people.candidate(random, id));
        }
        ContractType[] types = ContractDraw.contractTypes(random, contractCount);
        int[] slotCounts = ContractDraw.slotCounts(random, types, slotCount);
        int slotNumber = 0;
        for (int i = 0; i < contractCount; i++) {
            String contractId = id("C", i + 1, width);
            ContractRow draft = weeklyLoad ? weekly.contract(random, contractId, types[i])
                    : contracts.contract(random, contractId, types[i]);
            List<SlotRow> rows = new ArrayList<>(slotCounts[i]);
            int hours = 0;
            for (int j = 0; j < slotCounts[i]; j++) {
                slotNumber++;
                String slotId = id("S", slotNumber, width);
                SlotRow slot = weeklyLoad ? weekly.slot(random, slotId, draft) : SlotDraw.slot(random, slotId, draft);
                hours += slot.hours();
                rows.add(slot);
            }
            sink.contract(new ContractRow(draft.id(), draft.buyer(), draft.title(), draft.type(), draft.legalBasis(),
                    draft.anru(), draft.commune(), draft.latitude(), draft.longitude(), draft.qpvCode(),
                    draft.startDate(), draft.endDate(), hours, draft.territory()));
            rows.forEach(sink::slot);
        }
    }

    private String id(String kind, int number, int width) {
        return profile.idPrefix() + kind + Draws.pad(Integer.toString(number), width);
    }
}
