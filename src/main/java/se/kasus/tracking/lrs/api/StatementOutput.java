package se.kasus.tracking.lrs.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import se.kasus.tracking.lrs.application.AttachmentData;
import se.kasus.tracking.lrs.application.LanguagePreference;
import se.kasus.tracking.lrs.application.LrsActivities;
import se.kasus.tracking.lrs.application.LrsAttachments;
import se.kasus.tracking.lrs.application.StatementFormats;
import se.kasus.tracking.lrs.application.StatementPage;
import se.kasus.tracking.lrs.application.StoredJson;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Attachment;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.SubStatement;

/**
 * Writes statements as GET Statements returns them: in the requested format, as JSON, or with {@code attachments=true}
 * as multipart/mixed with the statements first and then the data of each attachment once (Communication 1.5.2).
 */
@ApplicationScoped
public class StatementOutput {

    @Inject
    LrsAttachments attachments;

    @Inject
    LrsActivities activities;

    ResponseBuilder single(StoredJson statement, StatementFormat format, boolean withAttachments, String acceptLanguage) {
        String json = formatted(statement.json(), format, LanguagePreference.of(acceptLanguage));
        return withAttachments ? multipart(json, List.of(statement.json())) : Response.ok(json, MediaType.APPLICATION_JSON);
    }

    ResponseBuilder page(StatementPage page, String more, StatementFormat format, boolean withAttachments,
                         String acceptLanguage) {
        LanguagePreference languages = LanguagePreference.of(acceptLanguage);
        StringBuilder json = new StringBuilder(256 + page.statements().size() * 1024).append("{\"statements\":[");
        for (int i = 0; i < page.statements().size(); i++) {
            json.append(i == 0 ? "" : ",").append(formatted(page.statements().get(i).json(), format, languages));
        }
        json.append("],\"more\":\"").append(more).append("\"}");
        return withAttachments
                ? multipart(json.toString(), page.statements().stream().map(StoredJson::json).toList())
                : Response.ok(json.toString(), MediaType.APPLICATION_JSON);
    }

    private String formatted(String json, StatementFormat format, LanguagePreference languages) {
        return switch (format) {
            case EXACT -> json;
            case IDS -> XapiJson.writeIds(StatementFormats.ids(XapiJson.readStatement(json)));
            case CANONICAL -> XapiJson.write(StatementFormats.canonical(XapiJson.readStatement(json),
                    activities::canonical, languages));
        };
    }

    private ResponseBuilder multipart(String json, List<String> statements) {
        Set<String> hashes = new LinkedHashSet<>();
        for (String statement : statements) {
            Statement s = XapiJson.readStatement(statement);
            Stream.of(s.attachments(), s.object() instanceof SubStatement sub ? sub.attachments() : null)
                    .filter(list -> list != null).flatMap(List::stream).map(Attachment::sha2).forEach(hashes::add);
        }
        List<Multipart.Part> parts = new ArrayList<>();
        parts.add(new Multipart.Part(Map.of("Content-Type", MediaType.APPLICATION_JSON),
                json.getBytes(StandardCharsets.UTF_8)));
        for (AttachmentData data : hashes.isEmpty() ? List.<AttachmentData>of() : attachments.find(hashes)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", data.contentType());
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put(Submission.HASH_HEADER, data.sha2());
            parts.add(new Multipart.Part(headers, data.data()));
        }
        String boundary = "kasus-" + UUID.randomUUID();
        return Response.ok(Multipart.write(boundary, parts), "multipart/mixed; boundary=\"" + boundary + "\"");
    }
}
