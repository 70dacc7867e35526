package se.kasus.tracking.lrs.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.tracking.lrs.application.DocumentView;
import se.kasus.tracking.lrs.application.Precondition;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Group;
import se.kasus.xapi.validation.Checked;
import se.kasus.xapi.validation.XapiValidator;
import se.kasus.tracking.lrs.domain.ActorKey;

/** What the three document resources share: the agent parameter, preconditions and the responses. */
final class DocumentHttp {

    private static final XapiValidator VALIDATOR = new XapiValidator();

    private DocumentHttp() {
    }

    /** The canonical key of the Agent given as JSON in the {@code agent} parameter; 400 if it is not one. */
    static String agentKey(String json) {
        Checked<Actor> checked = VALIDATOR.checkActor(json);
        if (!checked.isValid() || checked.value() instanceof Group) {
            throw new InvalidInputException("invalid-parameter", "The agent parameter must be a valid Agent in JSON.");
        }
        return ActorKey.of(checked.value())
                .orElseThrow(() -> new InvalidInputException("invalid-parameter", "The agent has no identifier."));
    }

    static Precondition precondition(HttpHeaders headers) {
        return new Precondition(headers.getHeaderString(HttpHeaders.IF_MATCH), headers.getHeaderString("If-None-Match"));
    }

    static String contentType(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type == null ? MediaType.APPLICATION_OCTET_STREAM : type.toString();
    }

    static Response document(Optional<DocumentView> document) {
        DocumentView d = document.orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no such document"));
        return Response.ok(d.content(), d.contentType())
                .header(HttpHeaders.ETAG, d.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(d.updated().atOffset(ZoneOffset.UTC)))
                .build();
    }

    static Response ids(List<String> ids) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(escape(ids.get(i))).append('"');
        }
        return Response.ok(json.append(']').toString(), MediaType.APPLICATION_JSON).build();
    }

    static Response stored(DocumentView document) {
        return Response.noContent().header(HttpHeaders.ETAG, document.etag()).build();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
