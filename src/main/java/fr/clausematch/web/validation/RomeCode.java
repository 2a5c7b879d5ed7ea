package fr.clausematch.web.validation;

import fr.clausematch.limits.FieldLimits;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

/**
 * A ROME code of a trade ({@code F1704}: a capital letter and four digits), the rule the dataset reader applies
 * too ({@link FieldLimits#ROME_REGEX}); null is allowed.
 */
@Documented
@Pattern(regexp = FieldLimits.ROME_REGEX, message = FieldLimits.ROME_MESSAGE)
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RomeCode {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
