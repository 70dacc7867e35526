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
import se.kasus.xapi.validation.format.IsoTimestamps;

/**
 * A timestamp is an ISO 8601 combined date and time with a time zone.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.5">xAPI 1.0.3 Data, 4.5</a>
 */
@Documented
@Constraint(validatedBy = IsoTimestamp.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IsoTimestamp {

    String message() default "must be an ISO 8601 timestamp with a time zone";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "4.5";

    /** Checks one string. */
    final class Validator extends FormatValidator<IsoTimestamp> {
        public Validator() {
            super(IsoTimestamps::isTimestamp);
        }
    }
}
