package fr.clausematch.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByPlanId(Long planId);

    List<Assignment> findBySlotContractTerritoryCodeAndStatus(String territoryCode, AssignmentStatus status);
}
