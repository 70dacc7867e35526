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
 * An mbox is a mailto IRI: {@code mailto:} followed by an email address.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.3">xAPI 1.0.3 Data, 2.4.2.3</a>
 */
@Documented
@Constraint(validatedBy = MailtoIri.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MailtoIri {

    String message() default "must be a mailto IRI (mailto:address)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.2.3";

    /** Checks one string. */
    final class Validator extends FormatValidator<MailtoIri> {
        public Validator() {
            super(Formats::isMailtoIri);
        }
    }
}
