package fr.clausematch.web;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.web.validation.RomeCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for ROME codes on the forms and the API, the dataset reader's ({@link FieldLimits#ROME_REGEX}). */
class RomeCodeTest {

    record Trades(@RomeCode String trade, List<@RomeCode String> trades) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void acceptsACapitalLetterAndFourDigitsOrNothing() {
        assertThat(validator.validate(new Trades("F1704", List.of("K2204", "N1103")))).isEmpty();
        assertThat(validator.validate(new Trades(null, List.of()))).isEmpty();
    }

    @Test
    void refusesAnythingElseWithTheSameWords() {
        for (String bad : List.of("f1704", "F170", "F17045", "F 1704", "", "1704F")) {
            Set<ConstraintViolation<Trades>> violations = validator.validate(new Trades(bad, List.of(bad)));
            assertThat(violations).as(bad).hasSize(2)
                    .allSatisfy(v -> assertThat(v.getMessage()).isEqualTo(FieldLimits.ROME_MESSAGE));
        }
    }
}
