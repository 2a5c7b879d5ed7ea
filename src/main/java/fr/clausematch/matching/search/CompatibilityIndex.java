package fr.clausematch.matching.search;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.Slot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, fast, the candidates that pass rules 2, 3, 4 and 7 for a work site and a trade: candidates
 * are indexed by trade, then by reach band (so one far-reaching person does not widen every search),
 * then in a latitude/longitude grid; a conservative bounding box of the grid is searched before the
 * exact haversine check. Results are cached per (contract, trade), as many slots share both.
 */
public final class CompatibilityIndex {

    private static final double[] REACH_BANDS_KM = {10, 20, 40, 80, 160, Double.POSITIVE_INFINITY};
    private static final double KM_PER_DEGREE = Math.PI * MatchingRules.EARTH_RADIUS_KM / 180.0;

    private final Map<String, List<Band>> bandsByTrade = new HashMap<>();
    private final Map<String, List<Candidate>> siteCache = new HashMap<>();

    public CompatibilityIndex(Collection<Candidate> candidates) {
        Map<String, List<List<Candidate>>> byTrade = new HashMap<>();
        for (Candidate c : candidates) {
            int band = 0;
            while (c.maxDistanceKm() > REACH_BANDS_KM[band]) {
                band++;
            }
            for (String trade : c.trades()) {
                List<List<Candidate>> bands = byTrade.computeIfAbsent(trade, t -> {
                    List<List<Candidate>> l = new ArrayList<>();
                    for (int i = 0; i < REACH_BANDS_KM.length; i++) {
                        l.add(new ArrayList<>());
                    }
                    return l;
                });
                bands.get(band).add(c);
            }
        }
        byTrade.forEach((trade, bands) -> {
            List<Band> built = new ArrayList<>();
            for (List<Candidate> members : bands) {
                if (!members.isEmpty()) {
                    built.add(new Band(members));
                }
            }
            bandsByTrade.put(trade, built);
        });
    }

    /** Candidates passing rules 2, 3, 4 and 7 for this contract's site and this trade, by id. */
    public List<Candidate> siteCompatible(Contract contract, String trade) {
        return siteCache.computeIfAbsent(contract.id() + '\u0000' + trade, k -> {
            List<Candidate> result = new ArrayList<>();
            for (Band band : bandsByTrade.getOrDefault(trade, List.of())) {
                band.collect(contract, trade, result);
            }
            result.sort(java.util.Comparator.comparing(Candidate::id));
            return result;
        });
    }

    /**
     * Candidates passing rules 1-8 for this slot, by id; also left out: a person whose weekly maximum
     * is below this one slot's weekly hours (rule 9 could never hold with that pair alone).
     */
    public List<Candidate> compatible(Slot slot) {
        List<Candidate> site = siteCompatible(slot.getContract(), slot.getTrade());
        List<Candidate> result = new ArrayList<>(site.size());
        for (Candidate c : site) {
            if (MatchingRules.passesSlotRules(c, slot) && slot.getTenthsPerWeek() <= c.maxTenthsPerWeek()) {
                result.add(c);
            }
        }
        return result;
    }

    /** Candidates having this trade (rule 4 only). */
    public List<Candidate> withTrade(String trade) {
        List<Candidate> result = new ArrayList<>();
        for (Band band : bandsByTrade.getOrDefault(trade, List.of())) {
            result.addAll(band.members);
        }
        return result;
    }

    private static final class Band {
        final List<Candidate> members;
        final double maxReachKm;
        final double cellDegrees;
        final Map<Long, List<Candidate>> cells = new HashMap<>();

        Band(List<Candidate> members) {
            this.members = members;
            double max = 0;
            for (Candidate c : members) {
                max = Math.max(max, c.maxDistanceKm());
            }
            this.maxReachKm = max;
            this.cellDegrees = Math.min(10.0, Math.max(0.05, max / KM_PER_DEGREE));
            for (Candidate c : members) {
                cells.computeIfAbsent(key(cell(c.latitude()), cell(c.longitude())), k -> new ArrayList<>()).add(c);
            }
        }

        long cell(double degrees) {
            return (long) Math.floor(degrees / cellDegrees);
        }

        static long key(long latCell, long lonCell) {
            return (latCell << 32) ^ (lonCell & 0xffffffffL);
        }

        void collect(Contract k, String trade, List<Candidate> out) {
            double reach = maxReachKm * (1 + 1e-9) + 1e-6;
            double dLat = reach / KM_PER_DEGREE;
            double maxAbsLat = Math.abs(k.latitude()) + dLat;
            double sinHalf = Math.sin(Math.min(Math.PI / 2, reach / (2 * MatchingRules.EARTH_RADIUS_KM)));
            double cosMax = Math.cos(Math.toRadians(Math.min(90, maxAbsLat)));
            boolean scanAll = maxAbsLat >= 89.9 || reach >= Math.PI * MatchingRules.EARTH_RADIUS_KM / 2
                    || sinHalf >= cosMax;
            double dLon = scanAll ? 0 : Math.toDegrees(2 * Math.asin(sinHalf / cosMax));
            if (!scanAll && (k.longitude() - dLon < -180 || k.longitude() + dLon > 180 || dLon > 90)) {
                scanAll = true;
            }
            long cellsInBox = scanAll ? Long.MAX_VALUE
                    : (cell(k.latitude() + dLat) - cell(k.latitude() - dLat) + 1)
                    * (cell(k.longitude() + dLon) - cell(k.longitude() - dLon) + 1);
            if (scanAll || cellsInBox > cells.size()) {
                for (Candidate c : members) {
                    if (MatchingRules.passesSiteRules(c, k, trade)) {
                        out.add(c);
                    }
                }
                return;
            }
            for (long la = cell(k.latitude() - dLat); la <= cell(k.latitude() + dLat); la++) {
                for (long lo = cell(k.longitude() - dLon); lo <= cell(k.longitude() + dLon); lo++) {
                    List<Candidate> inCell = cells.get(key(la, lo));
                    if (inCell != null) {
                        for (Candidate c : inCell) {
                            if (MatchingRules.passesSiteRules(c, k, trade)) {
                                out.add(c);
                            }
                        }
                    }
                }
            }
        }
    }
}
