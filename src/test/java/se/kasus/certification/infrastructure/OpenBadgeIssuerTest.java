package se.kasus.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kasus.certification.application.BadgeUrls;
import se.kasus.certification.application.CertificateDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenBadgeIssuerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BadgeUrls URLS = new BadgeUrls(URI.create("https://kurs.example.se"));
    private static final URI CREDENTIAL = URI.create("urn:uuid:6f1c1a8e-2b8e-4a57-9f55-0d8f3c1f2a11");
    private static final URI ACHIEVEMENT = URI.create("https://kurs.example.se/api/public/badges/achievements/mr-2");
    private static final Instant ISSUED = Instant.parse("2026-11-30T09:15:42.123456Z");

    @TempDir
    static Path dataDir;

    private static BadgeKeys keys;
    private static OpenBadgeIssuer issuer;

    @BeforeAll
    static void keys() {
        keys = new BadgeKeys(dataDir, Optional.empty(), URLS, List::of);
        issuer = new OpenBadgeIssuer(keys);
    }

    static CertificateDocument document() {
        return new CertificateDocument("c0ffee00-1111-4222-8333-444455556666", "7K4Q-M2XW-9PRT-HC3N",
                "https://kurs.example.se/intyg/7K4Q-M2XW-9PRT-HC3N", "Åsa Öberg-Lindqvist",
                "Mänskliga rättigheter i offentlig verksamhet", "2", LocalDate.of(2026, 11, 29),
                Duration.ofMinutes(150), ISSUED,
                new CertificateDocument.Issuer("Exempelkommunen", "Utbildningschef", null, "https://kurs.example.se/"));
    }

    private static String issue() {
        return issuer.issue(document(), CREDENTIAL, URLS.revocationList(), URLS.issuerProfile(), ACHIEVEMENT);
    }

    @Test
    void theCredentialVerifiesWithThePublishedKeyItsHeaderNames() throws Exception {
        JWSObject jws = JWSObject.parse(issue());
        JWKSet published = JWKSet.parse(keys.publicKeys().toString());

        JWK key = published.getKeyByKeyId(jws.getHeader().getKeyID());

        assertThat(key).as("the header's kid names a key of the JWK Set").isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jws.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
    }

    @Test
    void theHeaderHasOnlyTheMembersOpenBadgesAllows() throws Exception {
        JWSObject jws = JWSObject.parse(issue());

        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jws.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(jws.getHeader().getKeyID())
                .isEqualTo("https://kurs.example.se/api/public/badges/keys/" + keys.thumbprint());
        assertThat(jws.getHeader().toJSONObject()).containsOnlyKeys("alg", "typ", "kid");
    }

    @Test
    void onePayloadCharacterChangedFailsVerification() throws Exception {
        String token = issue();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("Åsa Öberg-Lindqvist", "Åsa Öberg-Lindqvisu");
        assertThat(forged).isNotEqualTo(payload);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        JWK key = keys.publicKeys().getKeyByKeyId(JWSObject.parse(token).getHeader().getKeyID());

        assertThat(JWSObject.parse(tampered).verify(new RSASSAVerifier(key.toRSAKey()))).isFalse();
    }

    @Test
    void oneCharacterChangedInTheEncodedPayloadFailsVerification() throws Exception {
        String token = issue();
        int dot = token.indexOf('.');
        int at = dot + 10;
        char changed = token.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, at) + changed + token.substring(at + 1);

        JWK key = keys.publicKeys().getKeys().get(0);

        assertThat(JWSObject.parse(token).verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
        assertThat(JWSObject.parse(tampered).verify(new RSASSAVerifier(key.toRSAKey()))).isFalse();
    }

    @Test
    void thePayloadIsAnOpenBadgeCredentialWithTheJwtClaimsOfSection82() throws Exception {
        JsonNode vc = JSON.readTree(JWSObject.parse(issue()).getPayload().toString());

        assertThat(strings(vc.get("@context"))).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(strings(vc.get("type"))).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(vc.get("id").asString()).isEqualTo(CREDENTIAL.toString());
        assertThat(vc.get("name").asString()).isEqualTo("Kursintyg: Mänskliga rättigheter i offentlig verksamhet");
        assertThat(vc.get("validFrom").asString()).isEqualTo("2026-11-30T09:15:42Z");

        JsonNode issuerProfile = vc.get("issuer");
        assertThat(issuerProfile.get("id").asString()).isEqualTo("https://kurs.example.se/api/public/badges/issuer");
        assertThat(strings(issuerProfile.get("type"))).containsExactly("Profile");
        assertThat(issuerProfile.get("name").asString()).isEqualTo("Exempelkommunen");
        assertThat(issuerProfile.get("url").asString()).isEqualTo("https://kurs.example.se/");

        JsonNode subject = vc.get("credentialSubject");
        assertThat(strings(subject.get("type"))).containsExactly("AchievementSubject");
        assertThat(subject.get("id").asString()).startsWith("urn:uuid:");
        JsonNode identifier = subject.get("identifier").get(0);
        assertThat(identifier.get("type").asString()).isEqualTo("IdentityObject");
        assertThat(identifier.get("identityType").asString()).isEqualTo("name");
        assertThat(identifier.get("hashed").asBoolean()).isFalse();
        assertThat(identifier.get("identityHash").asString()).isEqualTo("Åsa Öberg-Lindqvist");

        JsonNode achievement = subject.get("achievement");
        assertThat(achievement.get("id").asString()).isEqualTo(ACHIEVEMENT.toString());
        assertThat(strings(achievement.get("type"))).containsExactly("Achievement");
        assertThat(achievement.get("achievementType").asString()).isEqualTo("CertificateOfCompletion");
        assertThat(achievement.get("name").asString()).isEqualTo("Mänskliga rättigheter i offentlig verksamhet");
        assertThat(achievement.get("description").asString()).isEqualTo("Intyg om att deltagaren har genomfört"
                + " webbkursen Mänskliga rättigheter i offentlig verksamhet, version 2. Beräknad studietid: 2 timmar 30 minuter.");
        assertThat(achievement.get("criteria").get("narrative").asString()).startsWith("Deltagaren har gått igenom");
        assertThat(achievement.get("version").asString()).isEqualTo("2");
        assertThat(achievement.get("inLanguage").asString()).isEqualTo("sv");

        JsonNode status = vc.get("credentialStatus");
        assertThat(status.get("type").asString()).isEqualTo("1EdTechRevocationList");
        assertThat(status.get("id").asString()).isEqualTo("https://kurs.example.se/api/public/badges/revocations");

        assertThat(vc.get("iss").asString()).isEqualTo(issuerProfile.get("id").asString());
        assertThat(vc.get("jti").asString()).isEqualTo(vc.get("id").asString());
        assertThat(vc.get("sub").asString()).isEqualTo(subject.get("id").asString());
        assertThat(Instant.ofEpochSecond(vc.get("nbf").asLong())).isEqualTo(Instant.parse(vc.get("validFrom").asString()));
        assertThat(vc.has("vc")).as("the VC 1.1 wrapper claim").isFalse();
        assertThat(vc.has("exp")).isFalse();
    }

    @Test
    void theCredentialSaysNothingAboutTheLearnerButTheName() throws Exception {
        String payload = JWSObject.parse(issue()).getPayload().toString();

        assertThat(payload).doesNotContain("7K4Q-M2XW-9PRT-HC3N").doesNotContain("c0ffee00-1111-4222-8333-444455556666");
    }

    @Test
    void theSameCertificateGivesTheSameToken() {
        assertThat(issue()).isEqualTo(issue());
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
