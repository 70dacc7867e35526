package se.kasus.xapi.validation;

import jakarta.validation.Path;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns Bean Validation property paths into JSONPath with the specification's property names. */
final class JsonPaths {

    /** Model component names that the JSON spells differently. */
    private static final Map<String, String> JSON_NAMES = Map.of("mboxSha1sum", "mbox_sha1sum");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    static String of(String root, Path path) {
        StringBuilder json = new StringBuilder(root);
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                json.append(node.getIndex() != null ? "[" + node.getIndex() + "]" : key(node.getKey()));
            }
            if (node.getName() != null) {
                json.append('.').append(JSON_NAMES.getOrDefault(node.getName(), node.getName()));
            }
        }
        return json.toString();
    }

    /** Whether a violation at {@code path} lies at or inside a value already reported at {@code reported}. */
    static boolean within(String path, String reported) {
        return path.equals(reported) || path.startsWith(reported + ".") || path.startsWith(reported + "[");
    }

    private static String key(Object key) {
        String name = String.valueOf(key);
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "['" + name.replace("'", "\\'") + "']";
    }
}
