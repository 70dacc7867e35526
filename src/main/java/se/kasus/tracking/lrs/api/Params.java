package se.kasus.tracking.lrs.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.domain.Timestamps;
import se.kasus.xapi.validation.format.Formats;
import se.kasus.xapi.validation.format.Iris;

/**
 * The parameters of one LRS request. Unknown parameters, parameters that differ from a known one only in case, and
 * parameters given twice are rejected with 400 (xAPI 1.0.3 Communication 3.2.s3.b7, b8); so are values of the wrong
 * type.
 */
final class Params {

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    static Params of(Map<String, List<String>> values, Set<String> allowed) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            String name = entry.getKey();
            if (!allowed.contains(name)) {
                boolean caseOnly = allowed.stream().anyMatch(a -> a.equalsIgnoreCase(name));
                throw invalid(caseOnly ? "The parameter " + name + " must be written in the case the specification uses."
                        : "The parameter " + name + " is not known here.");
            }
            if (entry.getValue().size() > 1) {
                throw invalid("The parameter " + name + " is given more than once.");
            }
        }
        return new Params(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Set<String> names() {
        return values.keySet();
    }

    Optional<String> string(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.get(0));
    }

    String required(String name) {
        return string(name).filter(v -> !v.isEmpty())
                .orElseThrow(() -> invalid("The parameter " + name + " is required."));
    }

    boolean bool(String name) {
        return string(name).map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid("The parameter " + name + " must be true or false.");
        }).orElse(false);
    }

    Optional<String> uuid(String name) {
        return string(name).map(v -> {
            if (!Formats.isUuid(v)) {
                throw invalid("The parameter " + name + " must be a UUID.");
            }
            return v.toLowerCase(Locale.ROOT);
        });
    }

    Optional<String> iri(String name) {
        return string(name).map(v -> {
            if (!Iris.isIri(v)) {
                throw invalid("The parameter " + name + " must be an IRI.");
            }
            return v;
        });
    }

    Optional<Instant> timestamp(String name) {
        return string(name).map(v -> Timestamps.parse(v)
                .orElseThrow(() -> invalid("The parameter " + name + " must be an ISO 8601 timestamp with a time zone.")));
    }

    int nonNegative(String name) {
        return string(name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw invalid("The parameter " + name + " must be a non-negative integer.");
        }).orElse(0);
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException("invalid-parameter", message);
    }
}
