package se.kasus.cmi5.api;

import se.kasus.cmi5.domain.LaunchFailure;

/**
 * The Swedish page a learner sees when an LMS launch cannot start. It has the LMS layout (no Kasus navigation, the
 * learner came from the LMS), no script and no inline style (the CSP forbids them), and no link back to a
 * returnURL: when the launch failed Kasus may not have read one, and it never redirects to a URL taken from the
 * request.
 */
public final class LaunchErrorPage {

    private LaunchErrorPage() {
    }

    /** 400 for a launch URL without its values, 403 for a used or refused token, 502 when the LMS failed. */
    public static int status(LaunchFailure failure) {
        return switch (failure) {
            case MISSING_PARAMETERS -> 400;
            case TOKEN_ALREADY_USED, TOKEN_REFUSED, ACCOUNT_INACTIVE, UNTRUSTED_LMS -> 403;
            case UNKNOWN_UNIT -> 404;
            case LMS_APPLICATION_ERROR, LMS_UNREACHABLE, LAUNCH_DATA_MISSING -> 502;
            case KASUS_ERROR -> 500;
        };
    }

    public static String render(LaunchFailure failure) {
        return """
                <!doctype html>
                <html lang="sv">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Kursen kunde inte starta – Kasus</title>
                  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
                  <link rel="stylesheet" href="/assets/kasus.css">
                </head>
                <body class="lms">
                  <a class="skip" href="#main">Hoppa till innehållet</a>
                  <header class="site"><span class="brand">Kasus</span></header>
                  <main id="main" tabindex="-1">
                    <h1>Kursen kunde inte starta</h1>
                    <p role="alert" id="launch-error" data-failure="%s">%s</p>
                    <p>Det du redan har gjort i kursen är sparat.</p>
                  </main>
                  <footer class="site-footer"><ul>
                    <li><a href="/tillganglighet.html">Tillgänglighetsredogörelse</a></li>
                    <li><a href="/personuppgifter.html">Behandling av personuppgifter</a></li>
                    <li><a href="/hjalp.html">Hjälp och kontakt</a></li>
                  </ul></footer>
                </body>
                </html>
                """.formatted(failure.name(), escape(failure.swedishText()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
