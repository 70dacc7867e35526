package se.kasus.xapi.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.kasus.xapi.validation.constraints.LanguageMapKeys;

/**
 * Text in several languages, keyed by RFC 5646 language tag, in the order given.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#4.2">xAPI 1.0.3 Data, 4.2</a>
 */
@LanguageMapKeys
public record LanguageMap(Map<String, String> values) {

    public LanguageMap {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LanguageMap of(String language, String text) {
        return new LanguageMap(Map.of(language, text));
    }

    public static LanguageMap of(String language, String text, String otherLanguage, String otherText) {
        var values = new LinkedHashMap<String, String>();
        values.put(language, text);
        values.put(otherLanguage, otherText);
        return new LanguageMap(values);
    }

    public Optional<String> get(String language) {
        return Optional.ofNullable(values.get(language));
    }
}
