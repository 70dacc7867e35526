package se.kasus.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.platform.problem.ServletProblems;
import se.kasus.platform.web.SecurityHeaders;

/**
 * How callers prove who they are. API clients send HTTP Basic on every request; the web pages
 * log in once with a form ({@code POST /login}) and then carry a signed session cookie
 * ({@link BrowserSessions}), which every instance that shares the session key accepts. The cookie
 * names only the user: each request reads the account's roles and active flag again, so a
 * deactivated account or a changed role counts from the next request. A missing or wrong password
 * is answered with an RFC 9457 body, like every other API error. Password guessing is limited per account
 * and per client address ({@link LoginThrottling}); failed logins are logged with name and address.
 */
@ApplicationScoped
public class KasusAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute set when the caller was recognised by their session cookie. */
    public static final String SESSION_AUTHENTICATED = "kasus.session-authenticated";
    /** Header the web pages send with API calls; also tells us not to trigger the browser's own login dialog. */
    public static final String PAGE_REQUEST_HEADER = "X-Kasus-Request";

    private static final String BASIC = "Basic ";
    private static final Logger LOG = Logger.getLogger(KasusAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    BrowserSessions sessions;

    @Inject
    SessionAccounts accounts;

    @Inject
    LoginThrottling throttling;

    /** The login form is read here, before any servlet filter runs, so its size limit is checked here too. */
    @Inject
    @ConfigProperty(name = "kasus.limit.login.bytes", defaultValue = "8192")
    long loginLimit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            return formLogin(request, response, context);
        }
        if ("POST".equals(request.getMethod()) && "/logout".equals(path)) {
            sessions.lookup(request).session().ifPresent(s -> accounts.end(s.id(), sessions.latestExpiry()));
            sessions.clear(request, response);
            return context.redirect(request.getContextPath() + "/logga-in.html?utloggad=1");
        }
        if (path.startsWith("/xapi/") || path.equals("/xapi")) {
            // The LRS has its own Basic credentials (tracking.lrs); accounts are not LRS clients.
            return context.doNothing();
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return basic(request, response, context, header.substring(BASIC.length()).trim());
        }
        if (!context.isProtected()) {
            // Pages and assets are public; only the API under /api needs to know the caller.
            return context.doNothing();
        }
        BrowserSessions.Lookup lookup = sessions.lookup(request);
        if (lookup.session().isPresent()) {
            SignedSessionCodec.Session session = lookup.session().get();
            Optional<SessionAccounts.SessionAccount> account =
                    accounts.ofSession(session.id(), session.username(), session.loginAt());
            if (account.isPresent()) {
                request.setAttribute(SESSION_AUTHENTICATED, Boolean.TRUE);
                sessions.touch(session, request, response);
                if (account.get().mustChangePassword() && !PasswordChange.allows(request.getMethod(), path)) {
                    return PasswordChange.required(response);
                }
                return context.notifyContainerAboutLogin(session.username(), account.get().groups());
            }
        }
        if (lookup.present()) {
            sessions.clear(request, response);
        }
        return lookup.present()
                ? Challenges.unauthenticated(request, response, context, "session-expired",
                        "Du har varit inaktiv för länge och har loggats ut. Logga in igen.")
                : Challenges.unauthenticated(request, response, context, "unauthenticated", "Logga in för att fortsätta.");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                       String encoded) {
        UsernamePasswordCredential credential = decode(encoded);
        if (credential == null) {
            return Challenges.unauthenticated(request, response, context, "unauthenticated",
                    "Inloggningsuppgifterna kunde inte läsas.");
        }
        LoginThrottle.Attempt attempt = throttling.attempt(accountKey(credential.getCaller()), request.getRemoteAddr());
        if (attempt.refusedFor().isPresent()) {
            logThrottled(credential.getCaller(), request);
            response.setHeader("Retry-After", Long.toString(attempt.retryAfterSeconds()));
            ServletProblems.write(response, 429, "too-many-login-attempts", "För många inloggningsförsök",
                    "För många misslyckade inloggningar. Försök igen om " + wait(attempt) + ".");
            return answered();
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            attempt.succeeded();
            Optional<SessionAccounts.SessionAccount> account = accounts.current(result.getCallerPrincipal().getName(), null);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (account.isPresent() && account.get().mustChangePassword() && !PasswordChange.allows(request.getMethod(), path)) {
                return PasswordChange.required(response);
            }
            return context.notifyContainerAboutLogin(result);
        }
        logFailed(credential.getCaller(), request);
        return Challenges.unauthenticated(request, response, context, "unauthenticated", "Fel användarnamn eller lösenord.");
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        if (request.getContentLengthLong() > loginLimit) {
            response.setHeader("Connection", "close");
            ServletProblems.payloadTooLarge(response);
            return answered();
        }
        Optional<Map<String, String>> form = readForm(request);
        if (form.isEmpty()) {
            response.setHeader("Connection", "close");
            ServletProblems.payloadTooLarge(response);
            return answered();
        }
        String username = form.get().get("username");
        String password = form.get().get("password");
        String login = request.getContextPath() + "/logga-in.html";
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return context.redirect(login + "?fel=saknas");
        }
        String account = accountKey(username);
        LoginThrottle.Attempt attempt = throttling.attempt(account, request.getRemoteAddr());
        if (attempt.refusedFor().isPresent()) {
            logThrottled(account, request);
            return context.redirect(login + "?fel=strypt&vanta=" + attempt.retryAfterSeconds());
        }
        CredentialValidationResult result = identityStoreHandler.validate(new UsernamePasswordCredential(account, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            logFailed(account, request);
            return context.redirect(login + "?fel=1");
        }
        attempt.succeeded();
        // A new session id at every login, so a cookie planted before the login is worth nothing.
        String name = result.getCallerPrincipal().getName();
        sessions.start(name, request, response);
        boolean mustChange = accounts.loggedIn(name).map(SessionAccounts.SessionAccount::mustChangePassword).orElse(false);
        return context.redirect(request.getContextPath() + (mustChange ? PasswordChange.PAGE : "/"));
    }

    /**
     * The urlencoded login form, read here up to the limit rather than through getParameter, which would read
     * any amount. Empty when the body is over the limit; a body that is no form has no fields.
     */
    private Optional<Map<String, String>> readForm(HttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Optional.of(fields);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, loginLimit + 1));
        } catch (IOException e) {
            return Optional.of(fields);
        }
        if (body.length > loginLimit) {
            return Optional.empty();
        }
        for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a broken escape: the field is left out
                }
            }
        }
        return Optional.of(fields);
    }

    /**
     * The mechanism has written the whole answer (413, 429). SEND_CONTINUE is the status under which the
     * container sends the response as the mechanism left it; after SEND_FAILURE Liberty adds its own.
     */
    private static AuthenticationStatus answered() {
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String accountKey(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String wait(LoginThrottle.Attempt attempt) {
        long seconds = attempt.retryAfterSeconds();
        return seconds < 60 ? seconds + " sekunder" : ((seconds + 59) / 60) + " minuter";
    }

    private static void logFailed(String username, HttpServletRequest request) {
        LOG.warning(() -> "Failed login for '" + printable(username) + "' from " + request.getRemoteAddr());
    }

    private static void logThrottled(String username, HttpServletRequest request) {
        LOG.warning(() -> "Login refused (too many failed attempts) for '" + printable(username) + "' from "
                + request.getRemoteAddr());
    }

    /** The username as a log line may hold it: no control characters, not too long. Never the password. */
    private static String printable(String username) {
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
