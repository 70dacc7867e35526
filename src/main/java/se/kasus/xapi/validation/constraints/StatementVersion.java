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
 * A statement version is 1.0.x (xAPI 1.0.3) or 2.0.x (IEEE 9274.1.1); an LRS rejects any other.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.10">xAPI 1.0.3 Data, 2.4.10</a>
 */
@Documented
@Constraint(validatedBy = StatementVersion.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface StatementVersion {

    String message() default "must start with 1.0. or 2.0.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.10";

    /** Checks one string. */
    final class Validator extends FormatValidator<StatementVersion> {
        public Validator() {
            super(Formats::isStatementVersion);
        }
    }
}
