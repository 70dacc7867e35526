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
 * A score's min is less than its max when both are given; reported on {@code max}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.5.1">xAPI 1.0.3 Data, 2.4.5.1</a>
 */
@Documented
@Constraint(validatedBy = MinBelowMax.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MinBelowMax {

    String message() default "must be greater than min";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.5.1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<MinBelowMax, Score> {
        @Override
        public boolean isValid(Score score, ConstraintValidatorContext context) {
            if (score == null || score.min() == null || score.max() == null || score.min() < score.max()) {
                return true;
            }
            Violations.onProperty(context, "max");
            return false;
        }
    }
}
