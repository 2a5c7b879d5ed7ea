package fr.clausematch.territory;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.shared.FieldError;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Targets and weights of the matching objectives per territory: the defaults of {@code solver-config/}
 * with the territory's overrides. The rules of law (hard) and the fill objective (medium) stay fixed.
 */
@Service
public class TerritorySettingsService {

    static final Set<String> FIXED = Set.of("weight.pairing-rules", "weight.weekly-load", "weight.unfilled-hours");

    private final JdbcTemplate jdbc;
    private final TerritoryRepository territories;

    TerritorySettingsService(JdbcTemplate jdbc, TerritoryRepository territories) {
        this.jdbc = jdbc;
        this.territories = territories;
    }

    @Transactional(readOnly = true)
    public MatchingSettings settings(String territory) {
        return MatchingSettings.defaults().withOverrides(overrides(territory));
    }

    @Transactional(readOnly = true)
    public List<SettingView> view(String territory) {
        requireTerritory(territory);
        Map<String, String> overrides = overrides(territory);
        Map<String, String> current = MatchingSettings.defaults().withOverrides(overrides).toProperties();
        Map<String, String> defaults = MatchingSettings.defaults().toProperties();
        List<SettingView> views = new ArrayList<>();
        current.forEach((name, value) -> views.add(new SettingView(name, value, defaults.get(name),
                overrides.containsKey(name), !FIXED.contains(name))));
        return views;
    }

    /** Checks every value first and writes nothing if one is refused; a value equal to its default removes the override. */
    @Transactional
    public List<SettingView> update(String territory, Map<String, String> values, String actor) {
        requireTerritory(territory);
        Map<String, String> defaults = MatchingSettings.defaults().toProperties();
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> accepted = new HashMap<>();
        values.forEach((name, raw) -> {
            String value = raw == null ? "" : raw.strip();
            String error = check(name, value, defaults);
            if (error != null) {
                errors.add(new FieldError(name, error));
            } else {
                accepted.put(name, value);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        accepted.forEach((name, value) -> {
            jdbc.update("DELETE FROM territory_setting WHERE territory_code = ? AND name = ?", territory, name);
            if (!same(name, value, defaults.get(name))) {
                jdbc.update("INSERT INTO territory_setting (territory_code, name, value, updated_by) VALUES (?, ?, ?, ?)",
                        territory, name, value, actor);
            }
        });
        return view(territory);
    }

    private static String check(String name, String value, Map<String, String> defaults) {
        if (!defaults.containsKey(name)) {
            return "réglage inconnu";
        }
        if (FIXED.contains(name) && !same(name, value, defaults.get(name))) {
            return "ce poids protège une règle ou l'objectif d'heures : il ne se modifie pas";
        }
        try {
            MatchingSettings.defaults().withOverrides(Map.of(name, value));
        } catch (RuntimeException e) {
            return "valeur invalide : " + value;
        }
        if (name.startsWith("weight.") && !FIXED.contains(name)) {
            HardMediumSoftLongScore weight = HardMediumSoftLongScore.parseScore(value);
            if (weight.hardScore() != 0 || weight.mediumScore() != 0 || weight.softScore() < 0) {
                return "un poids de préférence s'écrit 0hard/0medium/Nsoft avec N positif ou nul";
            }
        }
        if (name.equals("fte-hours") && (Integer.parseInt(value) < 1 || Integer.parseInt(value) > 2_500)) {
            return "un ETP compte entre 1 et 2 500 heures";
        }
        return null;
    }

    private static boolean same(String name, String value, String defaultValue) {
        return MatchingSettings.defaults().withOverrides(Map.of(name, value)).toProperties().get(name).equals(defaultValue);
    }

    private Map<String, String> overrides(String territory) {
        Map<String, String> overrides = new HashMap<>();
        jdbc.query("SELECT name, value FROM territory_setting WHERE territory_code = ?",
                rs -> {
                    overrides.put(rs.getString("name"), rs.getString("value"));
                }, territory);
        return overrides;
    }

    /** Administrators set any territory's objectives, facilitators their own territories'. */
    private void requireTerritory(String territory) {
        CurrentUser.requireTerritoryFigures(territory);
        if (!territories.existsById(territory)) {
            throw new NotFoundException("Territoire", territory);
        }
    }
}
