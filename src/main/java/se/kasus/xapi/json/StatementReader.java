package se.kasus.xapi.json;

import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementResult;
import se.kasus.xapi.model.Verb;
import tools.jackson.databind.JsonNode;

/** Reads statements, verbs and pages of statements. */
final class StatementReader {

    private StatementReader() {
    }

    static Statement statement(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> Statement.builder()
                .id(f.string("id"))
                .actor(f.object("actor", ActorReader::actor))
                .verb(f.object("verb", StatementReader::verb))
                .object(f.object("object", ObjectReader::object))
                .result(f.object("result", ResultReader::result))
                .context(f.object("context", ContextReader::context))
                .timestamp(f.string("timestamp"))
                .stored(f.string("stored"))
                .authority(f.object("authority", ActorReader::actor))
                .version(f.string("version"))
                .attachments(f.list("attachments", AttachmentReader::attachment))
                .build());
    }

    static Verb verb(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems, f -> new Verb(f.string("id"), f.languageMap("display")));
    }

    static StatementResult statementResult(JsonNode node, String path, Problems problems) {
        return Fields.read(node, path, problems,
                f -> new StatementResult(f.list("statements", StatementReader::statement), f.string("more")));
    }
}
