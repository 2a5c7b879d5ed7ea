package fr.clausematch.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.Optional;

public interface SlotRepository extends JpaRepository<Slot, Long> {

    Optional<Slot> findByExternalId(String externalId);

    boolean existsByExternalId(String externalId);

    /** The slots of a territory's contracts in these statuses (what a plan of the territory plans over). */
    long countByContractTerritoryCodeAndContractStatusIn(String territoryCode, Collection<ContractStatus> statuses);
}
