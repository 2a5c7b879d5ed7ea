package fr.clausematch.candidate;

import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.shared.Place;
import fr.clausematch.web.validation.PlaceForm;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Between the candidate record of the database and what the API and the pages show or take. */
@Mapper
interface CandidateMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "territory", source = "territoryCode")
    CandidateView toView(Candidate candidate);

    @Mapping(target = "sensitive", expression = "java(grant.getCriterion().isSensitive())")
    CandidateView.Grant toGrant(EligibilityGrant grant);

    /** A person's record as the edit page fills its form (the date of last contact is not edited there). */
    @Mapping(target = "lastContactOn", ignore = true)
    CandidateForm toForm(CandidateView view);

    default PlaceForm placeForm(Place place) {
        return PlaceForm.of(place);
    }

    default Set<EligibilityCriterion> criteria(List<CandidateView.Grant> grants) {
        return grants.isEmpty() ? new LinkedHashSet<>() : EnumSet.copyOf(grants.stream().map(CandidateView.Grant::criterion).toList());
    }

    /** Copies a form onto a record; the id, the place, the criteria and the version are handled by the service. */
    @BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
    @Mapping(target = "territoryCode", source = "territory")
    @Mapping(target = "place", ignore = true)
    @Mapping(target = "eligibility", ignore = true)
    @Mapping(target = "status", ignore = true)
    @Mapping(target = "lastContactOn", ignore = true)
    void update(CandidateForm form, @MappingTarget Candidate candidate);

    /** Empty cells of a form (no bound, none) must clear what the record held. */
    default void apply(CandidateForm form, Candidate candidate) {
        update(form, candidate);
        candidate.setGender(form.getGender());
        candidate.setPlace(form.getPlace().toPlace());
        candidate.setEligibilityUntil(form.getEligibilityUntil());
        candidate.setAvailableFrom(form.getAvailableFrom());
        candidate.setAvailableUntil(form.getAvailableUntil());
        candidate.setTrades(form.getTrades() == null ? List.of() : form.getTrades());
        candidate.setLicences(form.getLicences() == null ? List.of() : form.getLicences());
    }
}
