package se.kasus.identity.application;

import java.util.List;

/**
 * What an import would do: every row with its result, the counts, and the organisational units it would
 * create. Nothing is imported while {@code errors} is above zero.
 */
public record ImportPreview(int total, int ok, int errors, List<String> newUnits, List<ImportRowResult> rows, int maxRows) {
}
