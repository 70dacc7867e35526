package se.kasus.tracking.lrs.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import se.kasus.shared.domain.InvalidInputException;
import se.kasus.xapi.model.Actor;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.validation.Checked;
import se.kasus.xapi.validation.XapiValidator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Agents Resource (xAPI 1.0.3 Communication 2.6.s2): the Person object of an agent. Kasus
 * keeps no links between identities, so a person has exactly the identifiers of the agent asked for.
 */
@Path("agents")
public class AgentsResource {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XapiValidator VALIDATOR = new XapiValidator();

    @Context
    UriInfo uri;

    @GET
    public Response get() {
        Params params = Params.of(uri.getQueryParameters(), Set.of("agent"));
        Checked<Actor> checked = VALIDATOR.checkActor(params.required("agent"));
        if (!checked.isValid() || !(checked.value() instanceof Agent agent)) {
            throw new InvalidInputException("invalid-parameter", "The agent parameter must be a valid Agent in JSON.");
        }
        ObjectNode person = JSON.createObjectNode().put("objectType", "Person");
        add(person, "name", agent.name());
        add(person, "mbox", agent.mbox());
        add(person, "mbox_sha1sum", agent.mboxSha1sum());
        add(person, "openid", agent.openid());
        if (agent.account() != null) {
            ArrayNode accounts = person.putArray("account");
            accounts.addObject().put("homePage", agent.account().homePage()).put("name", agent.account().name());
        }
        return Response.ok(JSON.writeValueAsString(person), MediaType.APPLICATION_JSON).build();
    }

    private static void add(ObjectNode person, String field, String value) {
        if (value != null) {
            person.putArray(field).add(value);
        }
    }
}
