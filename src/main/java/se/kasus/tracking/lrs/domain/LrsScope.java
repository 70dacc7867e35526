package se.kasus.tracking.lrs.domain;

/** What an LRS credential may do: read only, or read and write (statements, documents, definitions). */
public enum LrsScope {
    READ,
    READ_WRITE;

    public boolean mayWrite() {
        return this == READ_WRITE;
    }
}
