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
import se.kasus.xapi.model.LanguageMap;
import se.kasus.xapi.validation.format.LanguageTags;

/**
 * Every key of a language map is an RFC 5646 language tag.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.2">xAPI 1.0.3 Data, 4.2</a>
 */
@Documented
@Constraint(validatedBy = LanguageMapKeys.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface LanguageMapKeys {

    String message() default "must be keyed by RFC 5646 language tags";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "4.2";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<LanguageMapKeys, LanguageMap> {
        @Override
        public boolean isValid(LanguageMap map, ConstraintValidatorContext context) {
            return map == null || map.values().keySet().stream().allMatch(LanguageTags::isLanguageTag);
        }
    }
}
