package se.kasus.tracking.lrs.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.shared.domain.InvalidInputException.Violation;
import se.kasus.tracking.lrs.domain.InvalidStatementException;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.validation.Checked;
import se.kasus.xapi.validation.XapiValidator;
import se.kasus.xapi.validation.XapiViolation;

/**
 * Reads statements and agents sent to the LRS as JSON, rejecting anything that is not valid xAPI with the reasons
 * (answered with 400). Checking the JSON itself finds what the model cannot hold: unknown properties, nulls, values
 * of the wrong JSON type.
 */
@ApplicationScoped
public class StatementReader {

    @Inject
    ValidatorFactory validatorFactory;

    private XapiValidator validator;

    @PostConstruct
    void init() {
        validator = new XapiValidator(validatorFactory);
    }

    /** One statement or an array of them. */
    public ValidatedStatements statements(String json) {
        Checked<List<Statement>> checked = validator.checkStatements(json);
        if (!checked.isValid()) {
            throw new InvalidStatementException(json.stripLeading().startsWith("[")
                    ? "A statement of the batch is not valid xAPI." : "The statement is not valid xAPI.",
                    violations(checked.violations()));
        }
        return new ValidatedStatements(checked.value(), json.stripLeading().startsWith("["));
    }

    /** An Agent, or an Identified Group when groups are allowed, given as a JSON parameter. */
    public Actor agent(String parameter, String json, boolean groupAllowed) {
        Checked<Actor> checked = validator.checkActor(json);
        if (!checked.isValid()) {
            throw new InvalidInputException("invalid-parameter", "The " + parameter
                    + " parameter is not a valid Agent" + (groupAllowed ? " or Identified Group." : "."),
                    violations(checked.violations()));
        }
        Actor actor = checked.value();
        if (actor instanceof Group group && (!groupAllowed || group.isAnonymous())) {
            throw new InvalidInputException("invalid-parameter", "The " + parameter + " parameter must be "
                    + (groupAllowed ? "an Agent or an Identified Group." : "an Agent, not a Group."));
        }
        return actor;
    }

    private static List<Violation> violations(List<XapiViolation> violations) {
        return violations.stream().map(v -> new Violation(v.path(), v.message() + " (" + v.spec() + ")")).toList();
    }
}
