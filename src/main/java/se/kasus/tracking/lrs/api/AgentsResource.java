package se.kasus.tracking.lrs.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import se.kasus.tracking.lrs.application.StatementReader;
import se.kasus.xapi.model.Actor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Agents Resource (xAPI 1.0.3 Communication 2.4): a Person object for an Agent. Kasus keeps no directory of
 * people, so the Person holds what the Agent in the request holds (2.4.s3.b3), each property as an array.
 */
@Path("agents")
public class AgentsResource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Inject
    StatementReader reader;

    @GET
    public Response get(@Context UriInfo uriInfo) {
        Params p = Params.of(uriInfo.getQueryParameters(), Set.of("agent"));
        Actor agent = reader.agent("agent", p.required("agent"), false);
        ObjectNode person = JSON.createObjectNode().put("objectType", "Person");
        if (agent.name() != null) {
            person.putArray("name").add(agent.name());
        }
        if (agent.mbox() != null) {
            person.putArray("mbox").add(agent.mbox());
        }
        if (agent.mboxSha1sum() != null) {
            person.putArray("mbox_sha1sum").add(agent.mboxSha1sum());
        }
        if (agent.openid() != null) {
            person.putArray("openid").add(agent.openid());
        }
        if (agent.account() != null) {
            person.putArray("account").addObject()
                    .put("homePage", agent.account().homePage()).put("name", agent.account().name());
        }
        return Response.ok(person.toString(), MediaType.APPLICATION_JSON).build();
    }
}
