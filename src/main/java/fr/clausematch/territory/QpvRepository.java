package fr.clausematch.territory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QpvRepository extends JpaRepository<Qpv, String> {
}
