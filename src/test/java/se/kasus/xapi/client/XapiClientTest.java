package se.kasus.xapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kasus.xapi.model.XapiVersion;

class XapiClientTest {

    private FakeLrs lrs;

    @BeforeEach
    void startLrs() throws IOException {
        lrs = new FakeLrs();
    }

    @AfterEach
    void stopLrs() {
        lrs.close();
    }

    @Test
    void aboutTellsTheVersionsTheLrsSpeaks() {
        XapiClient client = XapiClient.create(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD));

        assertThat(client.about().version()).containsExactly("1.0.3", "2.0.0");
    }

    @Test
    void everyRequestCarriesBasicAuthAndTheConfiguredVersion() {
        XapiClient client = XapiClient.create(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD)
                .withVersion(XapiVersion.V2_0_0));

        client.about();

        assertThat(lrs.lastRequest().headers())
                .containsEntry("x-experience-api-version", "2.0.0")
                .containsEntry("authorization", "Basic a2FzdXM6aGVtbGlndA==");
    }

    @Test
    void version103IsTheDefault() {
        XapiClient.create(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD)).about();

        assertThat(lrs.lastRequest().headers()).containsEntry("x-experience-api-version", "1.0.3");
    }

    @Test
    void wrongCredentialsRaiseTheStatusAndBody() {
        XapiClient client = XapiClient.create(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, "wrong"));

        assertThatThrownBy(client::about).isInstanceOfSatisfying(LrsException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.body()).contains("unknown credentials");
            assertThat(e.isTransportFailure()).isFalse();
        });
    }

    @Test
    void anEndpointWithoutTrailingSlashStillResolvesResources() {
        URI endpoint = URI.create(lrs.endpoint().toString().replaceAll("/$", ""));

        XapiClient.create(LrsConfig.of(endpoint, FakeLrs.USER, FakeLrs.PASSWORD)).about();

        assertThat(lrs.lastRequest().path()).isEqualTo("/xapi/about");
    }

    @Test
    void anLrsThatIsDownIsATransportFailure() {
        URI endpoint = lrs.endpoint();
        lrs.close();
        XapiClient client = XapiClient.create(LrsConfig.of(endpoint, FakeLrs.USER, FakeLrs.PASSWORD)
                .withTimeout(Duration.ofSeconds(2)));

        assertThatThrownBy(client::about).isInstanceOfSatisfying(LrsException.class,
                e -> assertThat(e.isTransportFailure()).isTrue());
    }

    @Test
    void theConfigurationDoesNotPrintThePassword() {
        assertThat(LrsConfig.of(lrs.endpoint(), FakeLrs.USER, FakeLrs.PASSWORD).toString())
                .doesNotContain(FakeLrs.PASSWORD);
    }
}
