package se.kasus.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sessions as signed cookies ({@link SignedSessionCodec}): any instance that has the
 * same {@code kasus.session.key} recognises a login made on another, and nothing about the
 * session is kept in server memory. Without a configured key a random one is made at start,
 * which suits the single embedded installation (a restart logs everybody out, as before).
 */
@ApplicationScoped
public class BrowserSessions {

    public static final String COOKIE = "KASUSSESSION";
    /** Renew the cookie's last-seen time at most this often. */
    private static final Duration RENEW_AFTER = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(BrowserSessions.class.getName());

    /** Empty or absent (MicroProfile Config treats an empty value as absent): a random key. */
    @Inject
    @ConfigProperty(name = "kasus.session.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "kasus.session.timeout", defaultValue = "30m")
    String configuredTimeout;

    @Inject
    @ConfigProperty(name = "kasus.secure.cookies", defaultValue = "false")
    boolean secureCookies;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();
    private SignedSessionCodec codec;

    @PostConstruct
    void init() {
        byte[] key;
        String configured = configuredKey.map(String::strip).orElse("");
        if (configured.isEmpty()) {
            key = new byte[32];
            random.nextBytes(key);
            LOG.info("Kasus sessions: no kasus.session.key configured, so a random key is used: logins last until "
                    + "this server stops and are not recognised by other instances");
        } else {
            key = configured.getBytes(StandardCharsets.UTF_8);
            if (key.length < 32) {
                throw new IllegalStateException("kasus.session.key (KASUS_SESSION_KEY) must be at least 32 characters");
            }
        }
        codec = new SignedSessionCodec(key, parseDuration(configuredTimeout));
    }

    /** What the request's session cookie says: no cookie, a valid session, or one that is expired or not ours. */
    public Lookup lookup(HttpServletRequest request) {
        String value = cookieValue(request);
        if (value == null) {
            return new Lookup(false, Optional.empty());
        }
        return new Lookup(true, codec.decode(value, clock.instant()));
    }

    /** Starts a new session for the user and sets its cookie. */
    public SignedSessionCodec.Session start(String username, HttpServletRequest request, HttpServletResponse response) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        Instant now = clock.instant();
        SignedSessionCodec.Session session = new SignedSessionCodec.Session(
                Base64.getUrlEncoder().withoutPadding().encodeToString(id), username, now, now);
        write(request, response, codec.encode(session), -1);
        return session;
    }

    /** Moves the last-seen time forward when it is older than a minute. */
    public void touch(SignedSessionCodec.Session session, HttpServletRequest request, HttpServletResponse response) {
        Instant now = clock.instant();
        if (Duration.between(session.lastSeen(), now).compareTo(RENEW_AFTER) >= 0) {
            write(request, response, codec.encode(session.seenAt(now)), -1);
        }
    }

    /** When a session seen now would expire at the latest. */
    public Instant latestExpiry() {
        return clock.instant().plus(codec.timeout());
    }

    public void clear(HttpServletRequest request, HttpServletResponse response) {
        write(request, response, "", 0);
    }

    /** Secure whenever the request came over HTTPS, and always with kasus.secure.cookies (TLS ended at a proxy). */
    private void write(HttpServletRequest request, HttpServletResponse response, String value, int maxAge) {
        StringBuilder header = new StringBuilder(COOKIE).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Lax");
        if (maxAge >= 0) {
            header.append("; Max-Age=").append(maxAge);
        }
        if (secureCookies || request.isSecure()) {
            header.append("; Secure");
        }
        response.addHeader("Set-Cookie", header.toString());
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String found = null;
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                found = cookie.getValue();
            }
        }
        return found;
    }

    /** Liberty's duration syntax as server.xml uses it: {@code 30m}, {@code 1h30m}, {@code 90s}; a bare number is seconds. */
    static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("(\\d+)(ms|d|h|m|s)").matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMillis(amount);
            });
            end = part.end();
        }
        if (end != value.length() || end == 0) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        return total;
    }

    /** {@code present}: the request carried a session cookie; {@code session}: it was valid. */
    public record Lookup(boolean present, Optional<SignedSessionCodec.Session> session) {
    }
}
