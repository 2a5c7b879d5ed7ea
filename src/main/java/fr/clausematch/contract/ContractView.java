package fr.clausematch.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.shared.Place;

import java.time.LocalDate;
import java.util.List;

/** A contract with its clause and its slots. {@code slotHours} sums the hours of the slots. */
public record ContractView(
        String id,
        String buyer,
        String buyerName,
        String title,
        ContractType type,
        LegalBasis legalBasis,
        boolean anru,
        @JsonUnwrapped Place place,
        LocalDate startDate,
        LocalDate endDate,
        int requiredHours,
        int slotHours,
        String territory,
        ContractStatus status,
        long version,
        List<SlotView> slots) {
}
