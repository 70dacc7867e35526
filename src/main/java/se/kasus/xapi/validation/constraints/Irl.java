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
import se.kasus.xapi.validation.format.Iris;

/**
 * The value is an IRL: an IRI that locates a resource on a host ({@code scheme://host...}).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.2.s4.b1.b8">xAPI 1.0.3 Data, 2.2.s4.b1.b8</a>
 */
@Documented
@Constraint(validatedBy = Irl.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Irl {

    String message() default "must be an IRL (an IRI with a scheme and a host)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.2.s4.b1.b8";

    /** Checks one string. */
    final class Validator extends FormatValidator<Irl> {
        public Validator() {
            super(Iris::isIrl);
        }
    }
}
