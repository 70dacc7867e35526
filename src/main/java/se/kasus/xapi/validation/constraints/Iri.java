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
 * The value is an absolute IRI: it has a scheme and holds no character that an IRI may not hold.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.2.s4.b1.b8">xAPI 1.0.3 Data, 2.2.s4.b1.b8</a>
 */
@Documented
@Constraint(validatedBy = {Iri.Validator.class, Iri.EachValidator.class})
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Iri {

    String message() default "must be an IRI with a scheme";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.2.s4.b1.b8";

    /** Checks one string. */
    final class Validator extends FormatValidator<Iri> {
        public Validator() {
            super(Iris::isIri);
        }
    }

    /** Checks every element of a list of strings. */
    final class EachValidator extends EachFormatValidator<Iri> {
        public EachValidator() {
            super(Iris::isIri);
        }
    }
}
