package se.kasus.authoring.domain;

/** A change built on a revision of the draft that is no longer its current one. */
public class StaleRevisionException extends RuntimeException {

    private final long currentRevision;
    private final long expectedRevision;

    public StaleRevisionException(long expectedRevision, long currentRevision) {
        super("revision " + expectedRevision + " is stale; the draft is at revision " + currentRevision);
        this.expectedRevision = expectedRevision;
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }

    public long expectedRevision() {
        return expectedRevision;
    }
}
