package se.kasus.it.lrs;

import java.util.UUID;

/** Statement JSON for the tests. */
final class Statements {

    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private Statements() {
    }

    static String mbox() {
        return "mailto:learner-" + UUID.randomUUID() + "@example.se";
    }

    static String activity() {
        return "http://kasus.example/activities/" + UUID.randomUUID();
    }

    static String agent(String mbox) {
        return "{\"objectType\":\"Agent\",\"mbox\":\"" + mbox + "\"}";
    }

    static String simple(String id, String mbox, String verb, String activity) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"actor\":" + agent(mbox)
                + ",\"verb\":{\"id\":\"" + verb + "\",\"display\":{\"en-US\":\"did\",\"sv-SE\":\"gjorde\"}}"
                + ",\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\"}}";
    }

    static String withRegistration(String mbox, String activity, String registration, String parent) {
        return "{\"actor\":" + agent(mbox) + ",\"verb\":{\"id\":\"" + ANSWERED + "\"}"
                + ",\"object\":{\"id\":\"" + activity + "\"}"
                + ",\"context\":{\"registration\":\"" + registration + "\""
                + (parent == null ? "" : ",\"contextActivities\":{\"parent\":[{\"id\":\"" + parent + "\"}]}")
                + "}}";
    }

    static String voiding(String mbox, String targetId) {
        return "{\"actor\":" + agent(mbox) + ",\"verb\":{\"id\":\"" + VOIDED + "\"}"
                + ",\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + targetId + "\"}}";
    }
}
