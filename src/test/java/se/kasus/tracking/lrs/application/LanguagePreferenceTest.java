package se.kasus.tracking.lrs.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.model.LanguageMap;

class LanguagePreferenceTest {

    private static final LanguageMap MAP;

    static {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en-US", "answered");
        values.put("sv-SE", "svarade");
        values.put("de", "antwortete");
        MAP = new LanguageMap(values);
    }

    @Test
    void theBestAcceptedLanguageIsKeptAlone() {
        assertThat(LanguagePreference.of("sv-SE, en;q=0.5").pick(MAP).values()).containsOnlyKeys("sv-SE");
        assertThat(LanguagePreference.of("en;q=0.5, de;q=0.9").pick(MAP).values()).containsOnlyKeys("de");
    }

    @Test
    void aRangeMatchesItsSubtagsAndStarMatchesAnything() {
        assertThat(LanguagePreference.of("sv").pick(MAP).values()).containsOnlyKeys("sv-SE");
        assertThat(LanguagePreference.of("fi, *;q=0.1").pick(MAP).values()).containsOnlyKeys("en-US");
    }

    @Test
    void withoutAnAcceptableLanguageTheFirstEntryIsKept() {
        assertThat(LanguagePreference.of("fi").pick(MAP).values()).containsOnlyKeys("en-US");
        assertThat(LanguagePreference.of(null).pick(MAP).values()).containsOnlyKeys("en-US");
        assertThat(LanguagePreference.of("sv;q=0").pick(MAP).values()).containsOnlyKeys("en-US");
    }
}
