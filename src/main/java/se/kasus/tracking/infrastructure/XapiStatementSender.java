package se.kasus.tracking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.kasus.tracking.application.ForwardingTarget;
import se.kasus.tracking.application.StatementSender;
import se.kasus.xapi.client.LrsConfig;
import se.kasus.xapi.client.LrsException;
import se.kasus.xapi.client.XapiClient;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.XapiVersion;

/** Sends through Kasus's own xapi client; translates its errors at the border. */
@ApplicationScoped
public class XapiStatementSender implements StatementSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, XapiClient> clients = new ConcurrentHashMap<>();

    @Override
    public void send(ForwardingTarget target, List<String> statementJson) {
        try {
            client(target).statements().post(statementJson.stream().map(XapiJson::readStatement).toList());
        } catch (LrsException e) {
            throw new StatementSender.SendFailure(describe(e), e);
        }
    }

    @Override
    public boolean holds(ForwardingTarget target, String statementId) {
        try {
            return client(target).statements().get(UUID.fromString(statementId)).isPresent();
        } catch (LrsException e) {
            throw new StatementSender.SendFailure(describe(e), e);
        }
    }

    private XapiClient client(ForwardingTarget target) {
        return clients.computeIfAbsent(target.name() + "|" + target.endpoint() + "|" + target.username(), k ->
                XapiClient.create(LrsConfig.of(target.endpoint(), target.username(), target.password())
                        .withVersion(XapiVersion.fromHeader(target.version()))
                        .withTimeout(TIMEOUT)
                        .withAuthorization(target.authorization())));
    }

    private static String describe(LrsException e) {
        if (e.isTransportFailure()) {
            return "LRS not reachable: " + e.getMessage();
        }
        String body = e.body() == null ? "" : e.body();
        return "LRS answered " + e.status() + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) : body));
    }
}
