package se.kasus.xapi.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import se.kasus.xapi.validation.constraints.LanguageTag;
import se.kasus.xapi.validation.constraints.Uuid;

/**
 * Where the experience took place: registration, people, related activities and more. Every property is optional.
 *
 * @param registration the registration (attempt, enrolment) the statement belongs to, a UUID (2.4.6.1)
 * @param instructor the instructor, an Agent or Group (2.4.6)
 * @param team the team, a Group (2.4.6)
 * @param contextActivities related activities (2.4.6.2)
 * @param revision revision of the activity; only when the object is an Activity (2.4.6.s4)
 * @param platform platform of the experience; only when the object is an Activity (2.4.6.s4)
 * @param language RFC 5646 tag of the language the experience took place in (2.4.6)
 * @param statement another statement that gives context (2.4.6)
 * @param extensions other context by IRI (4.1)
 * @param contextAgents agents related to the experience (xAPI 2.0)
 * @param contextGroups groups related to the experience (xAPI 2.0)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.6">xAPI 1.0.3 Data, 2.4.6</a>
 */
public record Context(
        @Uuid(spec = "2.4.6.1") String registration,
        @Valid Actor instructor,
        @Valid Group team,
        @Valid ContextActivities contextActivities,
        String revision,
        String platform,
        @LanguageTag String language,
        @Valid StatementRef statement,
        @Valid Extensions extensions,
        @Valid List<ContextAgent> contextAgents,
        @Valid List<ContextGroup> contextGroups) {

    public Context {
        contextAgents = contextAgents == null ? null : List.copyOf(contextAgents);
        contextGroups = contextGroups == null ? null : List.copyOf(contextGroups);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a context; every property is optional. */
    public static final class Builder {
        private String registration;
        private Actor instructor;
        private Group team;
        private ContextActivities contextActivities;
        private String revision;
        private String platform;
        private String language;
        private StatementRef statement;
        private Extensions extensions;
        private List<ContextAgent> contextAgents;
        private List<ContextGroup> contextGroups;

        public Builder registration(String value) {
            registration = value;
            return this;
        }

        public Builder registration(UUID value) {
            registration = value.toString();
            return this;
        }

        public Builder instructor(Actor value) {
            instructor = value;
            return this;
        }

        public Builder team(Group value) {
            team = value;
            return this;
        }

        public Builder contextActivities(ContextActivities value) {
            contextActivities = value;
            return this;
        }

        public Builder revision(String value) {
            revision = value;
            return this;
        }

        public Builder platform(String value) {
            platform = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder statement(StatementRef value) {
            statement = value;
            return this;
        }

        public Builder extensions(Extensions value) {
            extensions = value;
            return this;
        }

        public Builder contextAgents(List<ContextAgent> value) {
            contextAgents = value;
            return this;
        }

        public Builder contextGroups(List<ContextGroup> value) {
            contextGroups = value;
            return this;
        }

        public Context build() {
            return new Context(registration, instructor, team, contextActivities, revision, platform, language,
                    statement, extensions, contextAgents, contextGroups);
        }
    }
}
