package fr.clausematch.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    List<Plan> findByTerritoryCodeOrderByStartedAtDesc(String territoryCode);
}
