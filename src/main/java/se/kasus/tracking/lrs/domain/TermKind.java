package se.kasus.tracking.lrs.domain;

/** What an index term of a statement stands for; stored as one letter. */
public enum TermKind {
    VERB("V"),
    REGISTRATION("R"),
    ACTIVITY("A"),
    AGENT("G");

    private final String code;

    TermKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
