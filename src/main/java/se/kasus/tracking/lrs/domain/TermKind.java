package se.kasus.tracking.lrs.domain;

/** What an index term of a statement stands for; stored as one letter. */
public enum TermKind {
    VERB("V"),
    REGISTRATION("R"),
    ACTIVITY("A"),
    AGENT("G"),
    /**
     * The statement a StatementRef object names: never a query filter, but how the LRS finds the statements that
     * refer to one, to give them its terms, without an index on every statement for the few that refer.
     */
    REFERENCE("S");

    private final String code;

    TermKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
