package se.kasus.cmi5.domain;

/**
 * Why a launch could not start, with the Swedish text the learner sees. The fetch error codes are those of cmi5
 * section 8.2.3.2.
 */
public enum LaunchFailure {
    MISSING_PARAMETERS("Länken från lärplattformen saknar uppgifter som behövs för att starta kursen."
            + " Gå tillbaka till lärplattformen och starta kursen därifrån igen."),
    TOKEN_ALREADY_USED("Starten har redan använts eller har gått ut. Gå tillbaka till lärplattformen"
            + " och starta kursen igen."),
    TOKEN_REFUSED("Lärplattformen godkände inte starten av säkerhetsskäl. Kontakta den som administrerar"
            + " lärplattformen om det händer igen."),
    LMS_APPLICATION_ERROR("Lärplattformen kunde inte starta kursen just nu. Försök igen om en stund."),
    LMS_UNREACHABLE("Kasus fick inte kontakt med lärplattformen. Försök igen om en stund."),
    LAUNCH_DATA_MISSING("Lärplattformen har inte skickat inställningarna för kursen. Gå tillbaka till"
            + " lärplattformen och starta kursen igen."),
    UNKNOWN_UNIT("Kursdelen som lärplattformen försökte starta finns inte i Kasus. Kontakta den som"
            + " administrerar lärplattformen."),
    UNTRUSTED_LMS("Kasus tar inte emot kurser från den här lärplattformen. Kontakta den som administrerar Kasus"
            + " i din organisation."),
    ACCOUNT_INACTIVE("Ditt konto i Kasus är avstängt. Kontakta den som administrerar Kasus i din organisation."),
    KASUS_ERROR("Kasus kunde inte starta kursen just nu. Försök igen om en stund.");

    private final String swedishText;

    LaunchFailure(String swedishText) {
        this.swedishText = swedishText;
    }

    public String swedishText() {
        return swedishText;
    }

    /** The failure for a fetch URL's "error-code" (8.2.3.2): 1 used or expired, 2 security, 3 application. */
    public static LaunchFailure forFetchErrorCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "1" -> TOKEN_ALREADY_USED;
            case "2" -> TOKEN_REFUSED;
            default -> LMS_APPLICATION_ERROR;
        };
    }
}
