package fr.clausematch.planning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The curve's budgets are settings ({@code clausematch.planning.target-cost.*}), refused at start when they cannot work. */
class TargetCostsSettingsTest {

    @Test
    void budgetsThatCannotGiveACurveAreRefusedAtStart() {
        assertThatThrownBy(() -> new TargetCosts(null, null, null, null, null, 0, 10, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target-cost");
        assertThatThrownBy(() -> new TargetCosts(null, null, null, null, null, 2, 0, 7))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetCosts(null, null, null, null, null, 2, 10, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new TargetCosts(null, null, null, null, null, 1, 1, 2)).doesNotThrowAnyException();
    }
}
