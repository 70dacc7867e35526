package se.kasus.xapi.json;

import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Attachment;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.StatementObject;
import se.kasus.xapi.model.StatementRef;
import se.kasus.xapi.model.StatementResult;
import se.kasus.xapi.model.SubStatement;
import se.kasus.xapi.model.Verb;

/** Writes statements and their parts, in the order of the specification's tables. */
final class StatementWriter {

    private StatementWriter() {
    }

    static void statement(Out out, Statement statement) {
        out.string("id", statement.id())
                .object("actor", statement.actor(), ActorWriter::actor)
                .object("verb", statement.verb(), StatementWriter::verb)
                .object("object", statement.object(), StatementWriter::object)
                .object("result", statement.result(), ResultWriter::result)
                .object("context", statement.context(), ContextWriter::context)
                .string("timestamp", statement.timestamp())
                .string("stored", statement.stored())
                .object("authority", statement.authority(), ActorWriter::actor)
                .string("version", statement.version())
                .list("attachments", statement.attachments(), StatementWriter::attachment);
    }

    static void statementResult(Out out, StatementResult result) {
        out.list("statements", result.statements(), StatementWriter::statement).string("more", result.more());
    }

    static void verb(Out out, Verb verb) {
        out.string("id", verb.id()).languageMap("display", verb.display());
    }

    static void statementRef(Out out, StatementRef ref) {
        out.string("objectType", "StatementRef").string("id", ref.id());
    }

    private static void object(Out out, StatementObject object) {
        if (object instanceof Activity activity) {
            ActivityWriter.activity(out, activity);
        } else if (object instanceof Actor actor) {
            ActorWriter.actor(out, actor);
        } else if (object instanceof StatementRef ref) {
            statementRef(out, ref);
        } else {
            subStatement(out, (SubStatement) object);
        }
    }

    private static void subStatement(Out out, SubStatement sub) {
        out.string("objectType", "SubStatement")
                .object("actor", sub.actor(), ActorWriter::actor)
                .object("verb", sub.verb(), StatementWriter::verb)
                .object("object", sub.object(), StatementWriter::object)
                .object("result", sub.result(), ResultWriter::result)
                .object("context", sub.context(), ContextWriter::context)
                .string("timestamp", sub.timestamp())
                .list("attachments", sub.attachments(), StatementWriter::attachment);
    }

    private static void attachment(Out out, Attachment attachment) {
        out.string("usageType", attachment.usageType())
                .languageMap("display", attachment.display())
                .languageMap("description", attachment.description())
                .string("contentType", attachment.contentType())
                .integer("length", attachment.length())
                .string("sha2", attachment.sha2())
                .string("fileUrl", attachment.fileUrl());
    }
}
