package se.kasus.xapi.json;

import java.util.ArrayList;
import java.util.List;
import se.kasus.xapi.XapiSpec;

/** Collects the problems of one read. */
final class Problems {

    private final List<JsonProblem> problems = new ArrayList<>();

    void add(String path, String message, String section) {
        problems.add(new JsonProblem(path, message, section.startsWith("http") ? section : XapiSpec.data(section)));
    }

    List<JsonProblem> all() {
        return problems;
    }
}
