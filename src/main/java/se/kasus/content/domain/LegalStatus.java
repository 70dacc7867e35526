package se.kasus.content.domain;

/** How far a legal reference has been checked (the brief's ✅ ⚠️ ❓). */
public enum LegalStatus {
    /** Checked against an official or reliable source. */
    VERIFIED,
    /** Very likely right; wording or paragraph still to confirm. */
    CHECK,
    /** Not verified: must never be presented to learners as fact. */
    UNVERIFIED
}
