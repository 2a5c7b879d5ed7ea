package fr.clausematch.planning;

import fr.clausematch.matching.analysis.Levers;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What would unlock a plan's unfilled hours ({@code GET /api/plans/{id}/levers}): the analysis' state and, once done,
 * its levers, those that unlock hours first, by hours per person helped.
 *
 * @param startedAt      when the analysis started (null before)
 * @param status         NOT_STARTED (never asked, or the data changed since: {@code stale}), RUNNING, DONE or FAILED
 * @param stale          a result was computed, but the plan's pairings or its territory's data changed since
 * @param queued         RUNNING, but waiting for another plan's analysis to end (one runs at a time)
 * @param done           levers measured so far
 * @param total          levers to measure (0 until the reference re-plan is done)
 * @param current        the lever being measured, in words
 * @param planHours      hours the plan fills
 * @param referenceHours hours the best re-plan without any change fills: each lever is measured from it
 * @param unfilledHours  hours the reference leaves empty
 * @param unfilledSlots  slots the reference leaves empty
 * @param millis         time the analysis took
 * @param message        why it failed
 * @param levers         the levers tried (DONE only)
 */
public record LeverReportView(long planId, Status status, boolean stale, boolean queued, int done, int total, @Nullable String current,
                              @Nullable Instant startedAt, @Nullable Long planHours, @Nullable Long referenceHours,
                              @Nullable Long unfilledHours, @Nullable Integer unfilledSlots, @Nullable Long millis,
                              @Nullable String message, List<Line> levers) {

    public enum Status { NOT_STARTED, RUNNING, DONE, FAILED }

    /**
     * One lever.
     *
     * @param kind           what it changes
     * @param parameter      the licence's code or the trade's ROME code; null otherwise
     * @param label          the lever in words (« Un permis B »)
     * @param sentence       what it unlocks in words (« Un permis B pour 3 personnes : +1 240 h »)
     * @param hours          hours the re-plan fills beyond the reference with the change given to {@code people} only
     * @param people         the fewest people found who give those hours (pseudonymous ids)
     * @param minimal        each of {@code people} was checked to be needed (else: at most that many)
     * @param hoursPerPerson hours unlocked per person helped, rounded
     * @param concerned      people the lever concerns (it opens to each at least one empty slot)
     * @param hoursWithAll   hours the re-plan fills beyond the reference with the change given to every concerned person
     * @param barPercent     {@code hours} as a share of the best lever's, for the chart
     * @param millis         time this lever took
     */
    @Schema(name = "LeverLine")
    public record Line(Levers.Kind kind, @Nullable String parameter, String label, String sentence, long hours,
                       List<String> people, boolean minimal, long hoursPerPerson, int concerned, long hoursWithAll,
                       @Schema(description = "hours as a percentage of the best lever's hours") int barPercent, long millis) {
    }
}
