package se.kasus.cmi5.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.http.HttpClient;
import java.time.Duration;
import se.kasus.cmi5.application.LmsConnection;

/** The LMS connection of a launch: {@link LmsClient} on one HTTP client that follows no redirects. */
@ApplicationScoped
public class LmsConnections {

    private final LmsClient client = new LmsClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build(), Duration.ofSeconds(20));

    @Produces
    @ApplicationScoped
    LmsConnection lmsConnection() {
        return client;
    }
}
