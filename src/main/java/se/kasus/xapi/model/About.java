package se.kasus.xapi.model;

import java.util.List;

/**
 * What an LRS says about itself.
 *
 * @param version the xAPI versions the LRS supports, such as {@code 1.0.3} and {@code 2.0.0}
 * @param extensions other information by IRI
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#aboutresource">xAPI 1.0.3
 *      Communication, 2.8 About Resource</a>
 */
public record About(List<String> version, Extensions extensions) {

    public About {
        version = version == null ? List.of() : List.copyOf(version);
    }
}
