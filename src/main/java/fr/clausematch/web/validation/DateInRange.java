package fr.clausematch.web.validation;

import fr.clausematch.limits.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.format.annotation.DateTimeFormat;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

/**
 * A date from 1900-01-01 to 2100-12-31, the range of {@link FieldLimits} the dataset reader checks too; null is allowed.
 * A page's form takes it as {@code yyyy-mm-dd}, what a date input sends (the JSON of the API does too).
 */
@Documented
@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
@Constraint(validatedBy = DateInRange.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateInRange {

    String message() default FieldLimits.DATE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DateInRange, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return FieldLimits.dateInRange(value);
        }
    }
}
