package se.kasus.xapi.model;

import jakarta.validation.Valid;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.Required;

/**
 * The action of the actor.
 *
 * @param id IRI of the verb's meaning (required; 2.4.3)
 * @param display human-readable names by language (recommended; 2.4.3)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.3">xAPI 1.0.3 Data, 2.4.3 Verb</a>
 */
public record Verb(@Required(spec = "2.4.3") @Iri(spec = "2.4.3") String id, @Valid LanguageMap display) {

    /** The one verb the specification reserves: its statements void the statement they refer to. */
    public static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    public static Verb of(String id, String language, String display) {
        return new Verb(id, LanguageMap.of(language, display));
    }

    public boolean isVoiding() {
        return VOIDED.equals(id);
    }
}
