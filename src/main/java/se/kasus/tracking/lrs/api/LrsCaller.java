package se.kasus.tracking.lrs.api;

import jakarta.enterprise.context.RequestScoped;
import se.kasus.tracking.lrs.application.LrsClient;

/** The LRS client of the current request and the xAPI version it speaks, as {@link LrsGate} found them. */
@RequestScoped
public class LrsCaller {

    private LrsClient client;
    private XapiVersionHeader version = XapiVersionHeader.V1;

    void authenticated(LrsClient authenticated) {
        this.client = authenticated;
    }

    void speaks(XapiVersionHeader requested) {
        this.version = requested;
    }

    public LrsClient client() {
        if (client == null) {
            throw new IllegalStateException("No authenticated LRS client");
        }
        return client;
    }

    public XapiVersionHeader version() {
        return version;
    }
}
