package fr.clausematch.territory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/territories")
@Tag(name = "Territoires", description = "Départements et zones de facilitateurs")
class TerritoryController {

    private final JdbcTemplate jdbc;

    TerritoryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    @Operation(summary = "Les territoires, avec leurs nombres de candidats, contrats, postes et heures")
    List<TerritoryView> list() {
        return TerritoryFigures.query(jdbc);
    }
}
