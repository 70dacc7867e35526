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
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Group;

/**
 * An authority is an Agent, or in 3-legged OAuth an anonymous Group of exactly two Agents (application and user):
 * a Group that identifies itself (mbox, mbox_sha1sum, openid or account) is not an authority.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.9.s3.b1">xAPI 1.0.3 Data, 2.4.9.s3.b1</a>
 */
@Documented
@Constraint(validatedBy = Authority.Validator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Authority {

    String message() default "must be an Agent or an anonymous Group of two Agents";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.9.s3.b1";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<Authority, Actor> {
        @Override
        public boolean isValid(Actor authority, ConstraintValidatorContext context) {
            return !(authority instanceof Group group)
                    || group.isAnonymous() && group.member() != null && group.member().size() == 2;
        }
    }
}
