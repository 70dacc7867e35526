package se.kasus.xapi.json;

import java.util.regex.Pattern;

/** JSONPath expressions for reported problems: {@code $.context.contextActivities.parent[0].id}. */
final class Paths {

    static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Paths() {
    }

    static String child(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }
}
