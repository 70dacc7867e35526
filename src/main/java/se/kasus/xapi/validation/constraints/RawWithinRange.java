package se.kasus.xapi.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import se.kasus.xapi.model.Score;

/**
 * A raw score lies between min and max inclusive, where they are given; reported on {@code raw}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.5.1">xAPI 1.0.3 Data, 2.4.5.1</a>
 */
@Documented
@Constraint(validatedBy = RawWithinRange.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RawWithinRange {

    String message() default "must lie between min and max inclusive";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.5.1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<RawWithinRange, Score> {
        @Override
        public boolean isValid(Score score, ConstraintValidatorContext context) {
            if (score == null || score.raw() == null) {
                return true;
            }
            boolean valid = (score.min() == null || score.raw() >= score.min())
                    && (score.max() == null || score.raw() <= score.max());
            if (!valid) {
                Violations.onProperty(context, "raw");
            }
            return valid;
        }
    }
}
