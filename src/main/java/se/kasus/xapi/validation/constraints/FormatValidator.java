package se.kasus.xapi.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Predicate;

/** A string constraint that holds when the value is absent or has the given format. */
public abstract class FormatValidator<A extends Annotation> implements ConstraintValidator<A, String> {

    private final Predicate<String> format;

    protected FormatValidator(Predicate<String> format) {
        this.format = format;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || format.test(value);
    }
}
