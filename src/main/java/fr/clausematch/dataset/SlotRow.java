package fr.clausematch.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One line of {@code slots.csv}, parsed and checked. */
public record SlotRow(
        String id,
        String contractId,
        String trade,
        int hours,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hoursPerWeek,
        int minQualificationLevel,
        List<String> requiredLicences) {
}
