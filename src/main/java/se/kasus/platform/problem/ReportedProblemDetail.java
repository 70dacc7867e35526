package se.kasus.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A problem details object with Kasus's {@code report} extension: the per-item result of a rejected batch. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations", "report"})
public record ReportedProblemDetail(String type, String title, int status, String detail, String instance,
                                    List<ProblemDetail.Violation> violations, Object report) {
}
