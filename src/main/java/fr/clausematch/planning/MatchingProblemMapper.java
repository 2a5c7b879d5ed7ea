package fr.clausematch.planning;

import fr.clausematch.candidate.Candidate;
import fr.clausematch.contract.Contract;
import fr.clausematch.contract.Slot;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;

/**
 * Turns the database records of a territory into the matching model's facts and entities. JPA
 * entities are never planning entities: the solver works on these copies.
 */
@Mapper
interface MatchingProblemMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "eligibility", expression = "java(candidate.criteria())")
    @Mapping(target = "maxTenthsPerWeek", expression = "java(tenths(candidate.getMaxHoursPerWeek()))")
    @Mapping(target = "seniorityDays", ignore = true)
    @Mapping(target = "withSeniorityDays", ignore = true)
    fr.clausematch.matching.model.Candidate toFact(Candidate candidate);

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "buyer", source = "buyer.code")
    fr.clausematch.matching.model.Contract toFact(Contract contract);

    /** A slot of the model, attached to its contract's fact. */
    default fr.clausematch.matching.model.Slot toEntity(Slot slot, Map<String, fr.clausematch.matching.model.Contract> contracts) {
        return new fr.clausematch.matching.model.Slot(slot.getExternalId(), contracts.get(slot.getContract().getExternalId()),
                slot.getTrade(), slot.getHours(), slot.getStartDate(), slot.getEndDate(), tenths(slot.getHoursPerWeek()),
                slot.getMinQualificationLevel(), new HashSet<>(slot.getRequiredLicences()));
    }

    /** Weekly hours as whole tenths of an hour (17.5 h = 175), the unit of rule 9. */
    default int tenths(BigDecimal hours) {
        return hours.movePointRight(1).intValueExact();
    }
}
