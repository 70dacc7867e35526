package se.kasus.xapi.json;

import tools.jackson.databind.JsonNode;

/** Reads one model value from a JSON node, reporting what it cannot use. */
@FunctionalInterface
interface NodeReader<T> {

    /** The value, or null when the node held nothing usable (the reason is in the problems). */
    T read(JsonNode node, String path, Problems problems);
}
