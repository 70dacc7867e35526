package se.kasus.xapi.model;

import jakarta.validation.Valid;
import se.kasus.xapi.validation.constraints.Iri;
import se.kasus.xapi.validation.constraints.Irl;
import se.kasus.xapi.validation.constraints.MediaType;
import se.kasus.xapi.validation.constraints.NonNegative;
import se.kasus.xapi.validation.constraints.Required;
import se.kasus.xapi.validation.constraints.Sha2Hash;

/**
 * The header of a file attached to a statement, such as a certificate or a signature.
 *
 * @param usageType IRI of what the attachment is used for (required; 2.4.11)
 * @param display title by language (required; 2.4.11)
 * @param description description by language (optional)
 * @param contentType Internet media type of the data (required; 2.4.11)
 * @param length length of the data in octets (required; 2.4.11)
 * @param sha2 hex SHA-2 hash of the data, required even with a fileUrl (2.4.11)
 * @param fileUrl IRL the data can be retrieved from (optional; 2.4.11)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.11">xAPI 1.0.3 Data, 2.4.11</a>
 */
public record Attachment(
        @Required(spec = "2.4.11") @Iri(spec = "2.4.11") String usageType,
        @Required(spec = "2.4.11") @Valid LanguageMap display,
        @Valid LanguageMap description,
        @Required(spec = "2.4.11") @MediaType String contentType,
        @Required(spec = "2.4.11") @NonNegative(spec = "2.4.11") Long length,
        @Required(spec = "2.4.11") @Sha2Hash String sha2,
        @Irl(spec = "2.4.11") String fileUrl) {

    /** The usage type of a JSON web signature attachment that signs the statement. */
    public static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
}
