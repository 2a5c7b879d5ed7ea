package fr.clausematch.candidate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

public interface CandidateRepository extends JpaRepository<Candidate, Long>, JpaSpecificationExecutor<Candidate> {

    Optional<Candidate> findByExternalId(String externalId);

    boolean existsByExternalId(String externalId);

    long countByTerritoryCode(String territoryCode);

    long countByPlaceQpvCodeIsNotNull();

    long countByGender(fr.clausematch.matching.model.Gender gender);
}
