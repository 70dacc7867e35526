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
import se.kasus.xapi.validation.format.Formats;

/**
 * The value is a UUID in the standard string form.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.4">xAPI 1.0.3 Data, 4.4</a>
 */
@Documented
@Constraint(validatedBy = Uuid.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Uuid {

    String message() default "must be a UUID in the standard string form";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "4.4";

    /** Checks one string. */
    final class Validator extends FormatValidator<Uuid> {
        public Validator() {
            super(Formats::isUuid);
        }
    }
}
