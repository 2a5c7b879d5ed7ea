package fr.clausematch.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AssignmentEventRepository extends JpaRepository<AssignmentEvent, Long> {

    List<AssignmentEvent> findByAssignmentIdOrderByAtAsc(Long assignmentId);
}
