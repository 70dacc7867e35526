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
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.StatementCore;

/**
 * The context properties "revision" and "platform" are used only when the statement's object is an Activity;
 * reported on the property that breaks the rule.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.6.s4">xAPI 1.0.3 Data, 2.4.6
 *      Context, requirements</a>
 */
@Documented
@Constraint(validatedBy = ContextFitsObject.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ContextFitsObject {

    String message() default "may only be used when the object is an Activity";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.6.s4";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<ContextFitsObject, StatementCore> {

        @Override
        public boolean isValid(StatementCore statement, ConstraintValidatorContext context) {
            if (statement == null || statement.context() == null || statement.object() == null
                    || statement.object() instanceof Activity) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (statement.context().revision() != null) {
                report(context, "revision");
                valid = false;
            }
            if (statement.context().platform() != null) {
                report(context, "platform");
                valid = false;
            }
            return valid;
        }

        private static void report(ConstraintValidatorContext context, String property) {
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("context").addPropertyNode(property).addConstraintViolation();
        }
    }
}
