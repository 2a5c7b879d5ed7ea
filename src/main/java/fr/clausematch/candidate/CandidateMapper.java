package fr.clausematch.candidate;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;

/** Between the candidate record of the database and what the API shows or takes. */
@Mapper
interface CandidateMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "territory", source = "territoryCode")
    CandidateView toView(Candidate candidate);

    @Mapping(target = "sensitive", expression = "java(grant.getCriterion().isSensitive())")
    CandidateView.Grant toGrant(EligibilityGrant grant);

    /** Copies a form onto a record; the id, the criteria and the version are handled by the service. */
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "territoryCode", source = "territory")
    @Mapping(target = "eligibility", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "lastContactOn", ignore = true)
    void update(CandidateForm form, @MappingTarget Candidate candidate);

    /** Empty cells of a form (no bound, none) must clear what the record held. */
    default void apply(CandidateForm form, Candidate candidate) {
        update(form, candidate);
        candidate.setGender(form.gender());
        candidate.setCommune(form.commune());
        candidate.setQpvCode(blankToNull(form.qpvCode()));
        candidate.setEligibilityUntil(form.eligibilityUntil());
        candidate.setAvailableFrom(form.availableFrom());
        candidate.setAvailableUntil(form.availableUntil());
        candidate.setTrades(form.trades() == null ? java.util.List.of() : form.trades());
        candidate.setLicences(form.licences() == null ? java.util.List.of() : form.licences());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
