package se.kasus.xapi.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers for class-level rules that report on one property, or with a message of their own. */
final class Violations {

    private Violations() {
    }

    static void onProperty(ConstraintValidatorContext context, String property) {
        onProperty(context, property, context.getDefaultConstraintMessageTemplate());
    }

    static void onProperty(ConstraintValidatorContext context, String property, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
    }

    static void onNestedProperty(ConstraintValidatorContext context, String property, String nested, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(property).addPropertyNode(nested).addConstraintViolation();
    }

    static void replace(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    }
}
