package se.kasus.xapi.model;

import jakarta.validation.Valid;
import se.kasus.xapi.validation.constraints.Required;

/**
 * One item of an interaction component list, such as one option of a choice.
 *
 * @param id identifies the component within its list (required; 2.4.4.1.s15)
 * @param description the text of the component by language (optional)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.4.1.s14">xAPI 1.0.3 Data, 2.4.4.1</a>
 */
public record InteractionComponent(@Required(spec = "2.4.4.1.s15") String id, @Valid LanguageMap description) {

    public static InteractionComponent of(String id, String language, String description) {
        return new InteractionComponent(id, LanguageMap.of(language, description));
    }
}
