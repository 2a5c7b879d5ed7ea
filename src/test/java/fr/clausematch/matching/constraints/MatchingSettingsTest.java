package fr.clausematch.matching.constraints;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The weights and targets have one source, the shipped properties file, and every constraint one weight field. */
class MatchingSettingsTest {

    @Test
    void theDefaultsAreExactlyTheShippedFile() throws IOException {
        Properties file = new Properties();
        try (var in = new InputStreamReader(MatchingSettings.class.getClassLoader()
                .getResourceAsStream(MatchingSettings.DEFAULTS_RESOURCE), StandardCharsets.UTF_8)) {
            file.load(in);
        }
        Map<String, String> shipped = new TreeMap<>();
        file.stringPropertyNames().forEach(key -> shipped.put(key, file.getProperty(key).strip()));

        assertThat(new TreeMap<>(new MatchingSettings().toProperties())).isEqualTo(shipped);
        assertThat(new TreeMap<>(MatchingSettings.defaults().toProperties())).isEqualTo(shipped);
    }

    @Test
    void everyConstraintHasItsOwnWeight() {
        MatchingSettings settings = new MatchingSettings();
        for (MatchingConstraint c : MatchingConstraint.values()) {
            HardMediumSoftLongScore changed = HardMediumSoftLongScore.ofSoft(1000 + c.ordinal());
            settings.setWeight(c, changed);
            assertThat(settings.getWeight(c)).as(c.key()).isEqualTo(changed);
        }
        for (MatchingConstraint c : MatchingConstraint.values()) {
            assertThat(settings.getWeight(c).softScore()).as(c.key() + " kept").isEqualTo(1000 + c.ordinal());
        }
        assertThat(new MatchingSettings().getWeight(MatchingConstraint.WOMEN_SHARE))
                .as("a change to one settings object is not a change of the defaults").isNotEqualTo(settings.getWeight(MatchingConstraint.WOMEN_SHARE));
    }
}
