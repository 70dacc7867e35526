package se.kasus.xapi.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * An optional list that, when it is there, holds at least one item: xAPI 2.0 says {@code relevantTypes}
 * of a Context Agent or Context Group, when present, is a non-empty array.
 *
 * @see <a href="https://opensource.ieee.org/xapi/xapi-base-standard-documentation">IEEE 9274.1.1, Context Agents and Context Groups</a>
 */
@Documented
@Constraint(validatedBy = NotEmptyWhenGiven.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotEmptyWhenGiven {

    String message() default "must not be an empty array when given";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec();

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<NotEmptyWhenGiven, Collection<?>> {
        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || !value.isEmpty();
        }
    }
}
