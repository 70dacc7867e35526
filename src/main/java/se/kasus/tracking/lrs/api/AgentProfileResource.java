package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import se.kasus.tracking.lrs.application.StatementReader;
import se.kasus.tracking.lrs.domain.ActorKey;
import se.kasus.tracking.lrs.domain.DocumentAddress;
import se.kasus.tracking.lrs.domain.DocumentKind;

/**
 * The Agent Profile Resource (xAPI 1.0.3 Communication 2.6): documents per agent and profileId. The agent is an
 * Agent, not a Group; a Group's identifier can be sent inside an Agent object.
 */
@Path("agents/profile")
public class AgentProfileResource extends ProfileResource {

    @Inject
    StatementReader reader;

    public AgentProfileResource() {
        super("agent");
    }

    @Override
    DocumentAddress address(Params p, String profileId) {
        String agent = ActorKey.of(reader.agent("agent", p.required("agent"), false)).orElseThrow();
        return new DocumentAddress(DocumentKind.AGENT_PROFILE, null, agent, null, profileId);
    }

    @Override
    String label() {
        return "agent profile";
    }
}
