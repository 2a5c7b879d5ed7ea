package fr.clausematch.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import fr.clausematch.limits.FieldLimits;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;

/** An identifier of the exchange format: 1 to 64 characters of A-Z a-z 0-9 _ . - (empty is left to @NotBlank). */
@Documented
@Pattern(regexp = FieldLimits.ID_REGEX, message = "1 à 64 caractères parmi A-Z a-z 0-9 _ . -")
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
