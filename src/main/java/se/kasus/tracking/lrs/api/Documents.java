package se.kasus.tracking.lrs.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.tracking.lrs.application.DocumentIds;
import se.kasus.tracking.lrs.application.DocumentView;
import tools.jackson.databind.json.JsonMapper;

/** What the three document resources answer alike. */
final class Documents {

    static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Documents() {
    }

    /** One document: its content and type, quoted ETag and Last-Modified (Communication 2.2.s6, 3.1.s4). */
    static Response document(DocumentView document, String what, String id) {
        if (document == null) {
            throw new NotFoundException(what, id);
        }
        return Response.ok(document.content(), document.contentType())
                .header("ETag", "\"" + document.etag() + "\"")
                .lastModified(Date.from(document.updated()))
                .build();
    }

    /** The ids of several documents, with the Last-Modified of the latest. */
    static Response ids(DocumentIds ids) {
        Response.ResponseBuilder response = Response.ok(JSON.writeValueAsString(ids.ids()), MediaType.APPLICATION_JSON);
        if (ids.lastModified() != null) {
            response.lastModified(Date.from(ids.lastModified()));
        }
        return response.build();
    }

    static String contentType(String header) {
        return header == null || header.isBlank() ? DEFAULT_CONTENT_TYPE : header;
    }

    static byte[] content(byte[] body) {
        return body == null ? new byte[0] : body;
    }
}
