package fr.clausematch.planning;

import fr.clausematch.candidate.Candidate;
import fr.clausematch.contract.Contract;
import fr.clausematch.contract.Slot;
import fr.clausematch.matching.model.WeeklyHours;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.HashSet;
import java.util.Map;

/**
 * Turns the database records of a territory into the matching model's facts and entities. JPA
 * entities are never planning entities: the solver works on these copies.
 */
@Mapper(imports = WeeklyHours.class)
interface MatchingProblemMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "commune", source = "place.commune")
    @Mapping(target = "latitude", source = "place.latitude")
    @Mapping(target = "longitude", source = "place.longitude")
    @Mapping(target = "qpvCode", source = "place.qpvCode")
    @Mapping(target = "eligibility", expression = "java(candidate.criteria())")
    @Mapping(target = "maxTenthsPerWeek", expression = "java(WeeklyHours.tenths(candidate.getMaxHoursPerWeek()))")
    @Mapping(target = "seniorityDays", ignore = true)
    @Mapping(target = "withSeniorityDays", ignore = true)
    fr.clausematch.matching.model.Candidate toFact(Candidate candidate);

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "buyer", source = "buyer.code")
    @Mapping(target = "commune", source = "place.commune")
    @Mapping(target = "latitude", source = "place.latitude")
    @Mapping(target = "longitude", source = "place.longitude")
    @Mapping(target = "qpvCode", source = "place.qpvCode")
    fr.clausematch.matching.model.Contract toFact(Contract contract);

    /** A slot of the model, attached to its contract's fact. */
    default fr.clausematch.matching.model.Slot toEntity(Slot slot, Map<String, fr.clausematch.matching.model.Contract> contracts) {
        return new fr.clausematch.matching.model.Slot(slot.getExternalId(), contracts.get(slot.getContract().getExternalId()),
                slot.getTrade(), slot.getHours(), slot.getStartDate(), slot.getEndDate(), WeeklyHours.tenths(slot.getHoursPerWeek()),
                slot.getMinQualificationLevel(), new HashSet<>(slot.getRequiredLicences()));
    }

}
