package se.kasus.certification.domain;

/** Why a certificate no longer holds; the category is public, the administrator's note is not. */
public enum RevocationReason {
    WRONG_NAME("Fel namn på intyget"),
    ISSUED_IN_ERROR("Intyget utfärdades av misstag"),
    OTHER("Annat skäl");

    private final String swedish;

    RevocationReason(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }
}
