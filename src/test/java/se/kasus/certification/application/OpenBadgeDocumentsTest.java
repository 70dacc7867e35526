package se.kasus.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenBadgeDocumentsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final BadgeUrls urls = new BadgeUrls(URI.create("https://kurs.example.se/kasus"));

    @Test
    void theRevocationListNamesEveryRevokedCredentialAsRevokedWithItsReason() {
        JsonNode list = JSON.readTree(OpenBadgeDocuments.revocationList(urls.revocationList(), urls.issuerProfile(),
                List.of(new RevokedCredentials.Revoked(URI.create("urn:uuid:1"), "Fel namn"),
                        new RevokedCredentials.Revoked(URI.create("urn:uuid:2"), null))).toString());

        assertThat(list.get("id").asString()).isEqualTo("https://kurs.example.se/kasus/api/public/badges/revocations");
        assertThat(list.get("issuer").asString()).isEqualTo("https://kurs.example.se/kasus/api/public/badges/issuer");
        JsonNode revoked = list.get("revokedCredentials");
        assertThat(revoked).hasSize(2);
        assertThat(revoked.get(0).get("id").asString()).isEqualTo("urn:uuid:1");
        assertThat(revoked.get(0).get("revoked").asBoolean()).isTrue();
        assertThat(revoked.get(0).get("revocationReason").asString()).isEqualTo("Fel namn");
        assertThat(revoked.get(1).has("revocationReason")).isFalse();
    }

    @Test
    void anEmptyRevocationListStillHasItsArray() {
        JsonNode list = OpenBadgeDocuments.revocationList(urls.revocationList(), urls.issuerProfile(), List.of());

        assertThat(list.get("revokedCredentials").isArray()).isTrue();
        assertThat(list.get("revokedCredentials")).isEmpty();
    }

    @Test
    void theIssuerProfileIsADocumentAtItsOwnId() {
        JsonNode profile = OpenBadgeDocuments.issuerProfile(urls.issuerProfile(), "Exempelkommunen",
                urls.base().toString());

        assertThat(profile.get("id").asString()).isEqualTo("https://kurs.example.se/kasus/api/public/badges/issuer");
        assertThat(profile.get("type").get(0).asString()).isEqualTo("Profile");
        assertThat(profile.get("name").asString()).isEqualTo("Exempelkommunen");
        assertThat(profile.get("url").asString()).isEqualTo("https://kurs.example.se/kasus/");
        assertThat(profile.get("@context")).hasSize(2);
    }

    @Test
    void studyTimeIsWrittenInSwedish() {
        assertThat(OpenBadgeDocuments.swedish(Duration.ofMinutes(60))).isEqualTo("1 timme");
        assertThat(OpenBadgeDocuments.swedish(Duration.ofMinutes(150))).isEqualTo("2 timmar 30 minuter");
        assertThat(OpenBadgeDocuments.swedish(Duration.ofMinutes(45))).isEqualTo("45 minuter");
        assertThat(OpenBadgeDocuments.swedish(Duration.ofMinutes(61))).isEqualTo("1 timme 1 minut");
    }

    @Test
    void theSubjectIdIsStablePerCertificateAndSaysNothingOfIt() {
        URI subject = OpenBadgeDocuments.subjectId("c0ffee00-1111-4222-8333-444455556666");

        assertThat(subject).isEqualTo(OpenBadgeDocuments.subjectId("c0ffee00-1111-4222-8333-444455556666"));
        assertThat(subject).isNotEqualTo(OpenBadgeDocuments.subjectId("c0ffee00-1111-4222-8333-444455556667"));
        assertThat(subject.toString()).startsWith("urn:uuid:").doesNotContain("c0ffee00");
    }

    @Test
    void keyAddressesCarryAThumbprintAndNothingElse() {
        String thumbprint = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

        URI key = urls.key(thumbprint);

        assertThat(key).hasToString("https://kurs.example.se/kasus/api/public/badges/keys/" + thumbprint);
        assertThat(urls.thumbprintOf(key.toString())).isEqualTo(thumbprint);
        assertThat(urls.thumbprintOf("https://elsewhere.example/api/public/badges/keys/" + thumbprint)).isNull();
        assertThatThrownBy(() -> urls.key("../issuer")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BadgeUrls(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
    }
}
