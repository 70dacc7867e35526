package se.kasus.xapi.validation.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.function.Predicate;

/** A constraint on a list of strings that holds when the list is absent or every element has the given format. */
public abstract class EachFormatValidator<A extends Annotation> implements ConstraintValidator<A, Collection<String>> {

    private final Predicate<String> format;

    protected EachFormatValidator(Predicate<String> format) {
        this.format = format;
    }

    @Override
    public boolean isValid(Collection<String> values, ConstraintValidatorContext context) {
        return values == null || values.stream().allMatch(format);
    }
}
