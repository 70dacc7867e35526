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
import se.kasus.xapi.model.Extensions;
import se.kasus.xapi.validation.format.Iris;

/**
 * Every key of an extensions map is an IRI; the values are free.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.1.s3.b1">xAPI 1.0.3 Data, 4.1.s3.b1</a>
 */
@Documented
@Constraint(validatedBy = ExtensionKeys.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ExtensionKeys {

    String message() default "must be keyed by IRIs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "4.1.s3.b1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<ExtensionKeys, Extensions> {
        @Override
        public boolean isValid(Extensions extensions, ConstraintValidatorContext context) {
            return extensions == null || extensions.values().keySet().stream().allMatch(Iris::isIri);
        }
    }
}
