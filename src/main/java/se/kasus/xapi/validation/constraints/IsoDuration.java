package se.kasus.xapi.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import se.kasus.xapi.validation.format.IsoDurations;

/**
 * A duration is an ISO 8601 duration in the format PnYnMnDTnHnMnS (decimal seconds allowed) or PnW.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.6">xAPI 1.0.3 Data, 4.6</a>
 */
@Documented
@Constraint(validatedBy = IsoDuration.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IsoDuration {

    String message() default "must be an ISO 8601 duration such as PT4H35M59.14S";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "4.6";

    /** Checks one string. */
    final class Validator extends FormatValidator<IsoDuration> {
        public Validator() {
            super(IsoDurations::isDuration);
        }
    }
}
