package se.kasus.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An RFC 9457 problem details object, with Kasus's {@code violations} extension for bad input. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record ProblemDetail(String type, String title, int status, String detail, String instance,
                            List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:kasus:problem:";

    public static String type(String code) {
        return TYPE_PREFIX + code;
    }

    /** One field that failed validation. */
    public record Violation(String field, String message) {
    }
}
