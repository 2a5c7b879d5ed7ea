package fr.clausematch.territory;

import fr.clausematch.shared.JdbcBatches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The territories and QPVs an import names and the database does not know yet, created by this module
 * (the {@code exchange} module checks the dataset, then asks), in the caller's transaction.
 */
@Component
public class TerritoryImport {

    private static final int BATCH = JdbcBatches.SIZE;

    /** A QPV an import names: its commune and territory as the first row naming it gives them. */
    public record Qpv(String commune, String territory) {
    }

    private final JdbcTemplate jdbc;

    TerritoryImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the territories of {@code codes} not known yet, named from their code; gives them, sorted. */
    @Transactional
    public List<String> createMissing(Collection<String> codes) {
        Set<String> existing = new HashSet<>(jdbc.queryForList("SELECT code FROM territory", String.class));
        List<String> created = codes.stream().distinct().filter(code -> !existing.contains(code)).sorted().toList();
        jdbc.batchUpdate("INSERT INTO territory (code, name, kind) VALUES (?, ?, ?)", created, BATCH, (ps, code) -> {
            ps.setString(1, code);
            ps.setString(2, TerritoryNames.nameOf(code));
            ps.setString(3, TerritoryNames.isDepartement(code) ? "DEPARTEMENT" : "AREA");
        });
        return created;
    }

    /** Creates the QPVs of {@code qpvs} (by code) not known yet. */
    @Transactional
    public void createMissingQpvs(Map<String, Qpv> qpvs) {
        Set<String> existing = new HashSet<>(jdbc.queryForList("SELECT code FROM qpv", String.class));
        List<Map.Entry<String, Qpv>> created = qpvs.entrySet().stream().filter(e -> !existing.contains(e.getKey())).toList();
        jdbc.batchUpdate("INSERT INTO qpv (code, commune, territory_code) VALUES (?, ?, ?)", created, BATCH, (ps, e) -> {
            ps.setString(1, e.getKey());
            ps.setString(2, e.getValue().commune());
            ps.setString(3, e.getValue().territory());
        });
    }
}
