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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kasus.xapi.model.ActivityDefinition;
import se.kasus.xapi.model.InteractionComponent;

/**
 * Interaction properties belong to an interaction activity: correctResponsesPattern and the component lists need an
 * interactionType, and each component list is one the type supports (choices for choice and sequencing, scale for
 * likert, source and target for matching, steps for performance, none for the others).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.1.s15">xAPI 1.0.3 Data, 2.4.4.1
 *      Interaction Components</a>
 */
@Documented
@Constraint(validatedBy = ComponentListsFitInteractionType.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ComponentListsFitInteractionType {

    String message() default "is not supported by the interactionType";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.4.1.s15";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<ComponentListsFitInteractionType, ActivityDefinition> {

        @Override
        public boolean isValid(ActivityDefinition definition, ConstraintValidatorContext context) {
            if (definition == null) {
                return true;
            }
            Map<String, List<InteractionComponent>> lists = componentLists(definition);
            if (definition.interactionType() == null) {
                if (lists.isEmpty() && definition.correctResponsesPattern() == null) {
                    return true;
                }
                Violations.onProperty(context, "interactionType",
                        "is required when correctResponsesPattern or interaction components are given");
                return false;
            }
            var unsupported = lists.keySet().stream()
                    .filter(name -> !definition.interactionType().componentLists().contains(name)).toList();
            if (unsupported.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (String name : unsupported) {
                context.buildConstraintViolationWithTemplate("is not supported by interactionType "
                        + definition.interactionType().jsonValue()).addPropertyNode(name).addConstraintViolation();
            }
            return false;
        }

        private static Map<String, List<InteractionComponent>> componentLists(ActivityDefinition definition) {
            var lists = new LinkedHashMap<String, List<InteractionComponent>>();
            put(lists, "choices", definition.choices());
            put(lists, "scale", definition.scale());
            put(lists, "source", definition.source());
            put(lists, "target", definition.target());
            put(lists, "steps", definition.steps());
            return lists;
        }

        private static void put(Map<String, List<InteractionComponent>> lists, String name,
                List<InteractionComponent> list) {
            if (list != null) {
                lists.put(name, list);
            }
        }
    }
}
