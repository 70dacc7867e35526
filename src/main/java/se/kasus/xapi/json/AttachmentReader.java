package se.kasus.xapi.json;

import se.kasus.xapi.model.Attachment;
import tools.jackson.databind.JsonNode;

/** Reads attachment headers. */
final class AttachmentReader {

    private AttachmentReader() {
    }

    static Attachment attachment(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> new Attachment(f.string("usageType"), f.languageMap("display"),
                f.languageMap("description"), f.string("contentType"), f.integer("length"), f.string("sha2"),
                f.string("fileUrl")));
    }
}
