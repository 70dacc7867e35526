package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import se.kasus.xapi.validation.constraints.Authority;
import se.kasus.xapi.validation.constraints.ContextFitsObject;
import se.kasus.xapi.validation.constraints.IsoTimestamp;
import se.kasus.xapi.validation.constraints.Required;
import se.kasus.xapi.validation.constraints.StatementVersion;
import se.kasus.xapi.validation.constraints.Uuid;
import se.kasus.xapi.validation.constraints.VoidingTargetsStatementRef;

/**
 * The record of one experience: an actor, a verb and an object, with optional result and context.
 *
 * @param id UUID of the statement, set by the LRS when absent (recommended; 2.4.1)
 * @param actor whom the statement is about (required; 2.4.2)
 * @param verb the action (required; 2.4.3)
 * @param object what was acted on (required; 2.4.4)
 * @param result the measured outcome (2.4.5)
 * @param context the context (2.4.6)
 * @param timestamp when the experience occurred, ISO 8601 with a time zone (2.4.7)
 * @param stored when the LRS stored the statement; set by the LRS (2.4.8)
 * @param authority who asserts the statement is true; set by the LRS (2.4.9)
 * @param version the xAPI version, 1.0.x or 2.0.x; not recommended for providers (2.4.10)
 * @param attachments headers of attached files (2.4.11)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4">xAPI 1.0.3 Data, 2.4</a>
 */
@ContextFitsObject
@VoidingTargetsStatementRef
public record Statement(
        @Uuid(spec = "2.4.1") String id,
        @Required(spec = "2.2.s2.b3") @Valid Actor actor,
        @Required(spec = "2.2.s2.b3") @Valid Verb verb,
        @Required(spec = "2.2.s2.b3") @Valid StatementObject object,
        @Valid Result result,
        @Valid Context context,
        @IsoTimestamp(spec = "2.4.7") String timestamp,
        @IsoTimestamp(spec = "2.4.8") String stored,
        @Valid @Authority Actor authority,
        @StatementVersion String version,
        @Valid List<Attachment> attachments) implements StatementCore {

    public Statement {
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).actor(actor).verb(verb).object(object).result(result).context(context)
                .timestamp(timestamp).stored(stored).authority(authority).version(version).attachments(attachments);
    }

    /** Builds a statement; actor, verb and object are required for it to be valid. */
    public static final class Builder {
        private String id;
        private Actor actor;
        private Verb verb;
        private StatementObject object;
        private Result result;
        private Context context;
        private String timestamp;
        private String stored;
        private Actor authority;
        private String version;
        private List<Attachment> attachments;

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder id(UUID value) {
            id = value.toString();
            return this;
        }

        public Builder actor(Actor value) {
            actor = value;
            return this;
        }

        public Builder verb(Verb value) {
            verb = value;
            return this;
        }

        public Builder object(StatementObject value) {
            object = value;
            return this;
        }

        public Builder result(Result value) {
            result = value;
            return this;
        }

        public Builder context(Context value) {
            context = value;
            return this;
        }

        public Builder timestamp(String value) {
            timestamp = value;
            return this;
        }

        /** The instant in UTC, as {@link java.time.Instant#toString()} writes it (ISO 8601, RFC 3339). */
        public Builder timestamp(java.time.Instant value) {
            timestamp = value.toString();
            return this;
        }

        public Builder stored(String value) {
            stored = value;
            return this;
        }

        public Builder authority(Actor value) {
            authority = value;
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public Builder attachments(List<Attachment> value) {
            attachments = value;
            return this;
        }

        public Statement build() {
            return new Statement(id, actor, verb, object, result, context, timestamp, stored, authority, version,
                    attachments);
        }
    }
}
