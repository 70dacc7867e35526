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
import se.kasus.xapi.model.StatementCore;
import se.kasus.xapi.model.StatementRef;

/**
 * A statement with the reserved verb {@code http://adlnet.gov/expapi/verbs/voided} has a StatementRef as its object,
 * naming the statement it voids; reported on {@code object}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.3.2">xAPI 1.0.3 Data, 2.3.2
 *      Voiding</a>
 */
@Documented
@Constraint(validatedBy = VoidingTargetsStatementRef.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface VoidingTargetsStatementRef {

    String message() default "must be a StatementRef when the verb is voided";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.3.2.s2.b1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<VoidingTargetsStatementRef, StatementCore> {

        @Override
        public boolean isValid(StatementCore statement, ConstraintValidatorContext context) {
            if (statement == null || statement.verb() == null || !statement.verb().isVoiding()
                    || statement.object() == null || statement.object() instanceof StatementRef) {
                return true;
            }
            Violations.onProperty(context, "object");
            return false;
        }
    }
}
