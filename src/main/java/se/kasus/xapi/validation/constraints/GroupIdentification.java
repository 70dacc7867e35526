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
import se.kasus.xapi.model.Group;

/**
 * A Group is anonymous, with no identifier and a member list, or identified by exactly one inverse functional
 * identifier.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.2">xAPI 1.0.3 Data, 2.4.2.2</a>
 */
@Documented
@Constraint(validatedBy = GroupIdentification.Validator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface GroupIdentification {

    String message() default "must be an anonymous group with members or have exactly one identifier";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The section of xAPI-Data.md (or a full URL) that this use of the rule enforces. */
    String spec() default "2.4.2.2";

    /** Checks the rule. */
    final class Validator implements ConstraintValidator<GroupIdentification, Group> {
        @Override
        public boolean isValid(Group group, ConstraintValidatorContext context) {
            if (group == null || group.identifierCount() == 1) {
                return true;
            }
            if (group.identifierCount() > 1) {
                Violations.replace(context, "an identified group must have exactly one of mbox, mbox_sha1sum, openid and account");
                return false;
            }
            if (group.member() == null || group.member().isEmpty()) {
                Violations.onProperty(context, "member", "an anonymous group must list its members");
                return false;
            }
            return true;
        }
    }
}
