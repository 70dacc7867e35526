package se.kasus.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedSessionCodecTest {

    private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");
    private static final byte[] KEY = "a-shared-key-of-at-least-32-bytes-0001".getBytes(StandardCharsets.UTF_8);
    private final SignedSessionCodec codec = new SignedSessionCodec(KEY, Duration.ofMinutes(30));
    private final SignedSessionCodec.Session session = new SignedSessionCodec.Session("sid-1", "anna.svensson", T0, T0);

    @Test
    void anotherInstanceWithTheSameKeyReadsTheSession() {
        SignedSessionCodec other = new SignedSessionCodec(KEY.clone(), Duration.ofMinutes(30));

        assertThat(other.decode(codec.encode(session), T0.plusSeconds(60))).hasValue(session);
    }

    @Test
    void aDifferentKeyOrAChangedPayloadIsRejected() {
        String cookie = codec.encode(session);
        SignedSessionCodec stranger = new SignedSessionCodec("another-key-that-is-also-32-bytes-long".getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(30));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v2|sid-1|" + T0.toEpochMilli() + "|" + T0.getEpochSecond() + "|admin").getBytes(StandardCharsets.UTF_8))
                + cookie.substring(cookie.indexOf('.'));

        assertThat(stranger.decode(cookie, T0)).isEmpty();
        assertThat(codec.decode(forged, T0)).isEmpty();
        assertThat(codec.decode("not-a-cookie", T0)).isEmpty();
        assertThat(codec.decode("a.b.c", T0)).isEmpty();
        assertThat(codec.decode("%%%.###", T0)).isEmpty();
    }

    @Test
    void theSessionEndsAfterTheInactivityTimeoutAndARenewalExtendsIt() {
        String cookie = codec.encode(session);
        assertThat(codec.decode(cookie, T0.plus(Duration.ofMinutes(30)).minusSeconds(1))).isPresent();
        assertThat(codec.decode(cookie, T0.plus(Duration.ofMinutes(30)))).isEmpty();

        String renewed = codec.encode(session.seenAt(T0.plus(Duration.ofMinutes(20))));
        assertThat(codec.decode(renewed, T0.plus(Duration.ofMinutes(45)))).get()
                .extracting(SignedSessionCodec.Session::loginAt).isEqualTo(T0);
    }

    @Test
    void theLoginTimeKeepsItsMillisecondsSoASessionEndedJustAfterItsLoginCanBeToldApart() {
        SignedSessionCodec.Session precise = new SignedSessionCodec.Session("sid-3", "anna", T0.plusMillis(750), T0.plusMillis(750));

        assertThat(codec.decode(codec.encode(precise), T0.plusSeconds(1))).get()
                .extracting(SignedSessionCodec.Session::loginAt).isEqualTo(T0.plusMillis(750));
    }

    @Test
    void aUsernameWithTheSeparatorStaysWhole() {
        SignedSessionCodec.Session odd = new SignedSessionCodec.Session("sid-2", "a|b", T0, T0);

        assertThat(codec.decode(codec.encode(odd), T0)).get().extracting(SignedSessionCodec.Session::username).isEqualTo("a|b");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new SignedSessionCodec(new byte[31], Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsAreReadAsLibertyWritesThem() {
        assertThat(BrowserSessions.parseDuration("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(BrowserSessions.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(BrowserSessions.parseDuration("1800")).isEqualTo(Duration.ofMinutes(30));
        assertThat(BrowserSessions.parseDuration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> BrowserSessions.parseDuration("30 minutes")).isInstanceOf(IllegalArgumentException.class);
    }
}
