package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The commuting a plan implies: home to site and back on each working day of each filled slot, and its CO2.
 *
 * <p>The rule, for each filled slot:
 * <ul>
 *   <li><b>working days</b> = the smaller of
 *     <ul>
 *       <li>the slot's {@code hours} over a standard working day of {@value #DAY_HOURS} h, rounded up
 *           ({@code ⌈hours / 7⌉}), and</li>
 *       <li>the days its weekly load takes over its dates: the weekdays (Monday to Friday) from its start to its end
 *           date, inclusive, times the days a week its {@code hours_per_week} takes at 7 h a day
 *           ({@code ⌈hours_per_week / 7⌉}, at most 5), over 5, rounded up;</li>
 *     </ul>
 *     public holidays are not counted out; a slot with no weekly load (0) is counted by its hours only;</li>
 *   <li><b>km</b> = 2 × the distance from the person's home to the contract's site × working days, the distance being
 *       the great-circle distance of the reach rule (rule 7, {@link MatchingRules#distanceKm(Candidate,
 *       fr.clausematch.matching.model.Contract)}, haversine on a sphere of 6371.0 km): a lower bound of the road;</li>
 *   <li><b>CO2</b> in kg = km × the emission factor, kg CO2e per km ({@value #DEFAULT_CO2_KG_PER_KM} by default: a
 *       car, ADEME's Impact CO2 data of 2025-10, impactco2.fr); the planning side passes its setting
 *       {@code clausematch.indicators.co2-kg-per-km}.</li>
 * </ul>
 * Each slot counts alone: a person holding two slots on one day is counted two trips.
 */
public final class Commuting {

    /** Hours of a standard working day. */
    public static final int DAY_HOURS = 7;
    /** kg CO2e per km by car (ADEME, Impact CO2 data 2025-10, https://impactco2.fr). */
    public static final double DEFAULT_CO2_KG_PER_KM = 0.218;

    private Commuting() {
    }

    /** Working days of a slot by the rule above (whether or not it is filled). */
    public static long workingDays(Slot slot) {
        long byHours = ceilDiv(slot.getHours(), DAY_HOURS);
        if (slot.getTenthsPerWeek() <= 0) {
            return byHours;
        }
        long daysPerWeek = Math.min(5, ceilDiv(slot.getTenthsPerWeek(), DAY_HOURS * 10L));
        long byCalendar = ceilDiv(weekdays(slot.getStartDate(), slot.getEndDate()) * daysPerWeek, 5);
        return Math.min(byHours, byCalendar);
    }

    /** Monday-to-Friday days from {@code start} to {@code end}, both inclusive; 0 when end is before start. */
    public static long weekdays(LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long count = days / 7 * 5;
        LocalDate day = start.plusDays(days / 7 * 7);
        for (; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    /** km of a slot's commuting (0 when empty). */
    public static double km(Slot slot) {
        Candidate c = slot.getCandidate();
        if (c == null) {
            return 0;
        }
        return 2 * MatchingRules.distanceKm(c, slot.getContract()) * workingDays(slot);
    }

    /** km of a plan's commuting, every filled slot. */
    public static double km(MatchingPlan plan) {
        double km = 0;
        for (Slot s : plan.getSlots()) {
            km += km(s);
        }
        return km;
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
