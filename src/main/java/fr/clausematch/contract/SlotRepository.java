package fr.clausematch.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SlotRepository extends JpaRepository<Slot, Long> {

    Optional<Slot> findByExternalId(String externalId);

    boolean existsByExternalId(String externalId);
}
