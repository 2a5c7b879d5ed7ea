package fr.clausematch.contract;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.Optional;

public interface ContractRepository extends JpaRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {

    @EntityGraph(attributePaths = "buyer")
    Optional<Contract> findByExternalId(String externalId);

    boolean existsByExternalId(String externalId);
}
