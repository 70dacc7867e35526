package se.kasus.cmi5.application;

import java.util.UUID;
import se.kasus.cmi5.domain.LaunchContext;
import se.kasus.cmi5.domain.LaunchSession;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.Activity;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.Statement;
import se.kasus.xapi.model.Verb;

/**
 * The stored form of a launch's context: the actor as xAPI JSON, and the LMS's context template inside a carrier
 * statement (the xAPI reader reads whole statements, and the template is a statement context), read back into the
 * {@link LaunchContext} every statement of the session is built from.
 */
final class LaunchSessions {

    /** The outbox target of a launch: the LMS's LRS for this session, named for the forwarder. */
    static final String TARGET_PREFIX = "cmi5:";

    private static final String CARRIER_VERB = "http://adlnet.gov/expapi/verbs/experienced";

    private LaunchSessions() {
    }

    static String target(LaunchSession session) {
        return TARGET_PREFIX + session.id();
    }

    static String templateJson(LaunchContext context) {
        Context template = context.contextTemplate() != null ? context.contextTemplate() : Context.builder().build();
        return XapiJson.write(Statement.builder().id(UUID.randomUUID()).actor(context.actor())
                .verb(Verb.of(CARRIER_VERB, "en-US", "experienced")).object(Activity.of(context.activityId()))
                .context(template).build());
    }

    static LaunchContext context(LaunchSession session) {
        Agent actor = (Agent) XapiJson.readActor(session.actorJson());
        Context template = XapiJson.readStatement(session.contextTemplateJson()).context();
        return new LaunchContext(UUID.fromString(session.registration()), session.sessionId(), session.launchMode(),
                session.masteryScore(), session.moveOn(), session.activityId(), session.publisherId(), actor, template);
    }
}
