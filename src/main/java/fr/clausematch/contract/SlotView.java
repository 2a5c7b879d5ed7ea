package fr.clausematch.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One insertion-hour slot of a contract. */
public record SlotView(String id, String contractId, String trade, int hours, LocalDate startDate, LocalDate endDate,
                       BigDecimal hoursPerWeek, int minQualificationLevel, List<String> requiredLicences, long version) {
}
