package se.kasus.xapi.client;

import java.time.Instant;
import java.util.Locale;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Actor;

/**
 * The standard filters of a statements GET; absent ones are left out.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">xAPI
 *      1.0.3 Communication, 2.1.3 GET Statements</a>
 */
public record StatementQuery(Actor agent, String verb, String activity, String registration,
        Boolean relatedActivities, Boolean relatedAgents, Instant since, Instant until, Integer limit, Format format,
        Boolean attachments, Boolean ascending) {

    /** How much of the agents, activities and verbs the LRS returns. */
    public enum Format {
        IDS, EXACT, CANONICAL;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    Query toQuery() {
        return new Query()
                .add("agent", agent == null ? null : XapiJson.write(agent))
                .add("verb", verb)
                .add("activity", activity)
                .add("registration", registration)
                .add("related_activities", relatedActivities)
                .add("related_agents", relatedAgents)
                .add("since", since)
                .add("until", until)
                .add("limit", limit)
                .add("format", format == null ? null : format.parameter())
                .add("attachments", attachments)
                .add("ascending", ascending);
    }

    /** Builds a query; every filter is optional. */
    public static final class Builder {
        private Actor agent;
        private String verb;
        private String activity;
        private String registration;
        private Boolean relatedActivities;
        private Boolean relatedAgents;
        private Instant since;
        private Instant until;
        private Integer limit;
        private Format format;
        private Boolean attachments;
        private Boolean ascending;

        public Builder agent(Actor value) {
            agent = value;
            return this;
        }

        public Builder verb(String value) {
            verb = value;
            return this;
        }

        public Builder activity(String value) {
            activity = value;
            return this;
        }

        public Builder registration(String value) {
            registration = value;
            return this;
        }

        public Builder relatedActivities(boolean value) {
            relatedActivities = value;
            return this;
        }

        public Builder relatedAgents(boolean value) {
            relatedAgents = value;
            return this;
        }

        public Builder since(Instant value) {
            since = value;
            return this;
        }

        public Builder until(Instant value) {
            until = value;
            return this;
        }

        public Builder limit(int value) {
            limit = value;
            return this;
        }

        public Builder format(Format value) {
            format = value;
            return this;
        }

        public Builder attachments(boolean value) {
            attachments = value;
            return this;
        }

        public Builder ascending(boolean value) {
            ascending = value;
            return this;
        }

        public StatementQuery build() {
            return new StatementQuery(agent, verb, activity, registration, relatedActivities, relatedAgents, since,
                    until, limit, format, attachments, ascending);
        }
    }
}
