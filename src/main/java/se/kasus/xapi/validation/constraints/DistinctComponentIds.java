package se.kasus.xapi.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import se.kasus.xapi.model.InteractionComponent;

/**
 * Within one list of interaction components, all ids are distinct.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.1.s16.b1">xAPI 1.0.3 Data, 2.4.4.1.s16.b1</a>
 */
@Documented
@Constraint(validatedBy = DistinctComponentIds.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DistinctComponentIds {

    String message() default "must not hold two components with the same id";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.4.1.s16.b1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<DistinctComponentIds, List<InteractionComponent>> {
        @Override
        public boolean isValid(List<InteractionComponent> components, ConstraintValidatorContext context) {
            if (components == null) {
                return true;
            }
            var ids = components.stream().map(InteractionComponent::id).filter(Objects::nonNull).toList();
            return new HashSet<>(ids).size() == ids.size();
        }
    }
}
