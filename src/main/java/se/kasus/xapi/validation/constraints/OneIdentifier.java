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
import se.kasus.xapi.model.Agent;

/**
 * An Agent is identified by exactly one inverse functional identifier: mbox, mbox_sha1sum, openid or account.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.1.s2.b1">xAPI 1.0.3 Data, 2.4.2.1.s2.b1</a>
 */
@Documented
@Constraint(validatedBy = OneIdentifier.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OneIdentifier {

    String message() default "must have exactly one of mbox, mbox_sha1sum, openid and account";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.2.1.s2.b1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<OneIdentifier, Agent> {
        @Override
        public boolean isValid(Agent agent, ConstraintValidatorContext context) {
            return agent == null || agent.identifierCount() == 1;
        }
    }
}
