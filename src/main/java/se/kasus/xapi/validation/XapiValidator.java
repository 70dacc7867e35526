package se.kasus.xapi.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.kasus.xapi.XapiSpec;
import se.kasus.xapi.json.JsonProblem;
import se.kasus.xapi.json.Parsed;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Statement;

/**
 * Checks statements against xAPI 1.0.3 and IEEE 9274.1.1: the JSON's shape (unknown properties, nulls, wrong JSON
 * types) and then every constraint of the model. Thread-safe.
 */
public final class XapiValidator {

    private final Validator validator;
    private final ConstraintCheck quickCheck = new ConstraintCheck();

    /** Uses the platform's Bean Validation provider. */
    public XapiValidator() {
        this(DefaultFactory.FACTORY);
    }

    /**
     * Validates with a validator of this factory that reaches every property. The model is immutable values, never
     * entities: the default resolver of a Jakarta Persistence platform would ask the persistence provider, for every
     * property of every statement, whether it is loaded, and that costs more than the constraints themselves.
     */
    public XapiValidator(ValidatorFactory factory) {
        this(factory.usingContext().traversableResolver(new EverythingReachable()).getValidator());
    }

    public XapiValidator(Validator validator) {
        this.validator = validator;
    }

    public List<XapiViolation> validate(Statement statement) {
        return constraints("$", statement);
    }

    public List<XapiViolation> validate(Actor actor) {
        return constraints("$", actor);
    }

    public Checked<Statement> checkStatement(String json) {
        Parsed<Statement> parsed = XapiJson.parseStatement(json);
        List<XapiViolation> violations = problems(parsed);
        if (parsed.value() != null) {
            addUnreported(violations, constraints("$", parsed.value()));
        }
        return new Checked<>(parsed.value(), violations);
    }

    /** One statement or a JSON array of them; paths of an array's statements start with {@code $[i]}. */
    public Checked<List<Statement>> checkStatements(String json) {
        Parsed<List<Statement>> parsed = XapiJson.parseStatements(json);
        List<XapiViolation> violations = problems(parsed);
        if (parsed.value() != null) {
            boolean array = json.stripLeading().startsWith("[");
            for (int i = 0; i < parsed.value().size(); i++) {
                addUnreported(violations, constraints(array ? "$[" + i + "]" : "$", parsed.value().get(i)));
            }
        }
        return new Checked<>(parsed.value(), violations);
    }

    public Checked<Actor> checkActor(String json) {
        Parsed<Actor> parsed = XapiJson.parseActor(json);
        List<XapiViolation> violations = problems(parsed);
        if (parsed.value() != null) {
            addUnreported(violations, constraints("$", parsed.value()));
        }
        return new Checked<>(parsed.value(), violations);
    }

    /** A value that breaks no constraint is known so in a fraction of the engine's time; the engine finds the why. */
    private List<XapiViolation> constraints(String root, Object value) {
        if (quickCheck.isValid(value)) {
            return List.of();
        }
        return validator.validate(value).stream()
                .map(v -> violation(root, v))
                .sorted(Comparator.comparing(XapiViolation::path).thenComparing(XapiViolation::message))
                .toList();
    }

    private static XapiViolation violation(String root, ConstraintViolation<?> violation) {
        Object section = violation.getConstraintDescriptor().getAttributes().get("spec");
        String spec = section == null ? XapiSpec.DATA : section.toString();
        return new XapiViolation(JsonPaths.of(root, violation.getPropertyPath()), violation.getMessage(),
                spec.startsWith("http") ? spec : XapiSpec.data(spec));
    }

    private static List<XapiViolation> problems(Parsed<?> parsed) {
        List<XapiViolation> violations = new ArrayList<>();
        for (JsonProblem problem : parsed.problems()) {
            violations.add(new XapiViolation(problem.path(), problem.message(), problem.spec()));
        }
        return violations;
    }

    /** A value the reader already reported (and left out) is not reported again as missing or invalid. */
    private static void addUnreported(List<XapiViolation> violations, List<XapiViolation> constraints) {
        List<String> reported = violations.stream().map(XapiViolation::path).toList();
        constraints.stream()
                .filter(c -> reported.stream().noneMatch(r -> JsonPaths.within(c.path(), r)))
                .forEach(violations::add);
    }

    /** Every property of the model is there to validate: records hold their values, nothing is loaded lazily. */
    private static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                                   ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path pathToProperty,
                                    ElementType elementType) {
            return true;
        }
    }

    private static final class DefaultFactory {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }
}
