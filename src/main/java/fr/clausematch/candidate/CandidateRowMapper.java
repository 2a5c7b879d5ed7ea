package fr.clausematch.candidate;

import fr.clausematch.dataset.CandidateRow;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * A person of the database as a row of the exchange format, the common language of the roads into the heart:
 * the planning problem is built from such rows by {@code dataset.DatasetProblemMapper}, whether they come from
 * the database or from a dataset's files.
 */
@Mapper
public interface CandidateRowMapper {

    @Mapping(target = "id", source = "externalId")
    @Mapping(target = "eligibility", expression = "java(candidate.criteria())")
    @Mapping(target = "territory", source = "territoryCode")
    @Mapping(target = "commune", source = "place.commune")
    @Mapping(target = "latitude", source = "place.latitude")
    @Mapping(target = "longitude", source = "place.longitude")
    @Mapping(target = "qpvCode", source = "place.qpvCode")
    CandidateRow toRow(Candidate candidate);
}
