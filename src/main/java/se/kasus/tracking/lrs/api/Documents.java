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

    /**
     * Documents are data a client stored, never a page of Kasus: whatever type they were stored with (and are
     * returned with, Communication 2.2.s6), a browser must not render or run them on our origin. A sandboxing
     * CSP gives even a rendered document an opaque origin without scripts, nosniff stops type guessing, and
     * anything but JSON is offered as a download.
     */
    static final String DOCUMENT_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

    /** One document: its content and type, quoted ETag and Last-Modified (Communication 2.2.s6, 3.1.s4). */
    static Response document(DocumentView document, String what, String id) {
        if (document == null) {
            throw new NotFoundException(what, id);
        }
        Response.ResponseBuilder response = Response.ok(document.content(), document.contentType())
                .header("ETag", "\"" + document.etag() + "\"")
                .lastModified(Date.from(document.updated()))
                .header("Content-Security-Policy", DOCUMENT_CSP)
                .header("X-Content-Type-Options", "nosniff");
        if (!isJson(document.contentType())) {
            response.header("Content-Disposition", "attachment");
        }
        return response.build();
    }

    static boolean isJson(String contentType) {
        try {
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(MediaType.valueOf(contentType))
                    && !MediaType.valueOf(contentType).isWildcardType() && !MediaType.valueOf(contentType).isWildcardSubtype();
        } catch (IllegalArgumentException e) {
            return false;
        }
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
