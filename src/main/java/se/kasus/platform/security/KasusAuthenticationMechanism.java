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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How callers prove who they are. API clients send HTTP Basic on every request; the web pages
 * log in once with a form ({@code POST /login}) and then carry a signed session cookie
 * ({@link BrowserSessions}), which every instance that shares the session key accepts. The cookie
 * names only the user: each request reads the account's roles and active flag again, so a
 * deactivated account or a changed role counts from the next request. A missing or wrong password
 * is answered with an RFC 9457 body, like every other API error.
 */
@ApplicationScoped
public class KasusAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute set when the caller was recognised by their session cookie. */
    public static final String SESSION_AUTHENTICATED = "kasus.session-authenticated";
    /** Header the web pages send with API calls; also tells us not to trigger the browser's own login dialog. */
    public static final String PAGE_REQUEST_HEADER = "X-Kasus-Request";

    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    BrowserSessions sessions;

    @Inject
    SessionAccounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            return formLogin(request, response, context);
        }
        if ("POST".equals(request.getMethod()) && "/logout".equals(path)) {
            sessions.lookup(request).session().ifPresent(s -> accounts.end(s.id(), sessions.latestExpiry()));
            sessions.clear(response);
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
            Optional<SessionAccounts.SessionAccount> account = accounts.isEnded(session.id())
                    ? Optional.empty() : accounts.current(session.username(), session.loginAt());
            if (account.isPresent()) {
                request.setAttribute(SESSION_AUTHENTICATED, Boolean.TRUE);
                sessions.touch(session, response);
                if (account.get().mustChangePassword() && !PasswordChange.allows(request.getMethod(), path)) {
                    return PasswordChange.required(response, context);
                }
                return context.notifyContainerAboutLogin(session.username(), account.get().groups());
            }
        }
        if (lookup.present()) {
            sessions.clear(response);
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
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            Optional<SessionAccounts.SessionAccount> account = accounts.current(result.getCallerPrincipal().getName(), null);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (account.isPresent() && account.get().mustChangePassword() && !PasswordChange.allows(request.getMethod(), path)) {
                return PasswordChange.required(response, context);
            }
            return context.notifyContainerAboutLogin(result);
        }
        return Challenges.unauthenticated(request, response, context, "unauthenticated", "Fel användarnamn eller lösenord.");
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        try {
            request.setCharacterEncoding("UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String login = request.getContextPath() + "/logga-in.html";
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return context.redirect(login + "?fel=saknas");
        }
        CredentialValidationResult result = identityStoreHandler.validate(
                new UsernamePasswordCredential(username.strip().toLowerCase(java.util.Locale.ROOT), password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(login + "?fel=1");
        }
        // A new session id at every login, so a cookie planted before the login is worth nothing.
        String name = result.getCallerPrincipal().getName();
        sessions.start(name, response);
        accounts.loggedIn(name);
        boolean mustChange = accounts.current(name, null).map(SessionAccounts.SessionAccount::mustChangePassword).orElse(false);
        return context.redirect(request.getContextPath() + (mustChange ? PasswordChange.PAGE : "/"));
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
