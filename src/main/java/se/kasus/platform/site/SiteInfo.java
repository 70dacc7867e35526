package se.kasus.platform.site;

/**
 * The operator's details for the public pages; a value the operator has not set is null, and the pages then say
 * so in Swedish instead of inventing one. {@code xapiActorMbox}: statements name learners by e-mail instead of a
 * random account id.
 */
public record SiteInfo(String operatorName, String operatorEmail, String operatorPhone, String dpoEmail,
                       String supportEmail, String supportPhone, String supportText, String accessibilityResponseTime,
                       String accessibilityTestedDate, String accessibilityUpdatedDate, String privacyRetention,
                       String privacyLegalBasis, boolean xapiActorMbox) {
}
