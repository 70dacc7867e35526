package se.kasus.xapi.client;

import java.net.http.HttpClient;
import se.kasus.xapi.json.XapiJson;
import se.kasus.xapi.model.About;

/**
 * A client for one remote LRS: its Statement, State, Activity Profile, Agent Profile and About resources.
 * Thread-safe; share one per LRS.
 */
public final class XapiClient {

    private final LrsHttp http;
    private final LrsConfig config;

    private XapiClient(HttpClient client, LrsConfig config) {
        this.http = new LrsHttp(client, config);
        this.config = config;
    }

    public static XapiClient create(LrsConfig config) {
        return create(HttpClient.newBuilder().connectTimeout(config.timeout()).build(), config);
    }

    /** With an HttpClient of the caller's, for a proxy, TLS settings or an executor. */
    public static XapiClient create(HttpClient client, LrsConfig config) {
        return new XapiClient(client, config);
    }

    public LrsConfig config() {
        return config;
    }

    public StatementsClient statements() {
        return new StatementsClient(http);
    }

    public StateClient state() {
        return new StateClient(http);
    }

    public ActivityProfileClient activityProfiles() {
        return new ActivityProfileClient(http);
    }

    public AgentProfileClient agentProfiles() {
        return new AgentProfileClient(http);
    }

    /** The LRS's versions and extensions. */
    public About about() {
        return XapiJson.readAbout(LrsHttp.text(http.send(http.request("about", new Query()).GET().build())));
    }
}
