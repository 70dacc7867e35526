package se.kasus.xapi.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.kasus.xapi.validation.constraints.ExtensionKeys;

/**
 * A map from IRI to any JSON value. Values are plain Java: String, Boolean, Long or BigInteger for whole numbers,
 * Double for others, List, Map, or null.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.1">xAPI 1.0.3 Data, 4.1</a>
 */
@ExtensionKeys
public record Extensions(Map<String, Object> values) {

    public Extensions {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Extensions of(String key, Object value) {
        var values = new LinkedHashMap<String, Object>();
        values.put(key, value);
        return new Extensions(values);
    }

    public Object get(String key) {
        return values.get(key);
    }
}
