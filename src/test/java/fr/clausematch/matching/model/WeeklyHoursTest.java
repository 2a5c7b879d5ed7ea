package fr.clausematch.matching.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One rule for weekly hours, whichever road (database or exchange format) brings them into the heart. */
class WeeklyHoursTest {

    @Test
    void countsInWholeTenths() {
        assertThat(WeeklyHours.tenths(new BigDecimal("17.5"))).isEqualTo(175);
        assertThat(WeeklyHours.tenths(new BigDecimal("35"))).isEqualTo(350);
        assertThat(WeeklyHours.tenths(new BigDecimal("35.0"))).isEqualTo(350);
        assertThat(WeeklyHours.tenths(new BigDecimal("17.50"))).isEqualTo(175);
        assertThat(WeeklyHours.tenths(BigDecimal.ZERO)).isZero();
    }

    @Test
    void refusesWhatTheFormatRefusesInsteadOfGuessing() {
        assertThatThrownBy(() -> WeeklyHours.tenths(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> WeeklyHours.tenths(new BigDecimal("17.25")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17.25");
    }
}
