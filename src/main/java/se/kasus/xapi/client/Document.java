package se.kasus.xapi.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A State, Activity Profile or Agent Profile document as the LRS holds it.
 *
 * @param content the bytes of the document
 * @param contentType its media type, {@code application/json} for JSON documents
 * @param etag the entity tag the LRS gave it, exactly as sent (quotes included); null for a document to be sent
 */
public record Document(byte[] content, String contentType, String etag) {

    public Document {
        content = content.clone();
        Objects.requireNonNull(contentType, "contentType");
    }

    public static Document json(String json) {
        return new Document(json.getBytes(StandardCharsets.UTF_8), LrsHttp.JSON, null);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document d && Arrays.equals(content, d.content)
                && contentType.equals(d.contentType) && Objects.equals(etag, d.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(content), contentType, etag);
    }

    @Override
    public String toString() {
        return "Document[" + content.length + " bytes, " + contentType + ", etag=" + etag + "]";
    }
}
