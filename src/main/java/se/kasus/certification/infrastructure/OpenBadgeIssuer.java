package se.kasus.certification.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import se.kasus.certification.application.BadgeKeyring;
import se.kasus.certification.application.CertificateDocument;
import se.kasus.certification.application.OpenBadgeCredentials;
import se.kasus.certification.application.OpenBadgeDocuments;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs the {@code OpenBadgeCredential} as a VC-JWT, as Open Badges 3.0 §8.2 ("JSON Web Token Proof Format")
 * profiles it for the VC data model 2.0: the payload is the credential itself plus the claims {@code iss}
 * (issuer.id), {@code jti} (id), {@code nbf} (validFrom) and {@code sub} (credentialSubject.id); no {@code exp},
 * since the certificate does not expire, and no {@code vc} wrapper, which was the VC 1.1 form. The JOSE header
 * holds only {@code alg}, {@code kid} and {@code typ}, the spec allowing no others.
 */
@ApplicationScoped
public class OpenBadgeIssuer implements OpenBadgeCredentials {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BadgeKeyring keys;

    protected OpenBadgeIssuer() {
        // for the CDI proxy
    }

    @Inject
    public OpenBadgeIssuer(BadgeKeyring keys) {
        this.keys = keys;
    }

    @Override
    public String issue(CertificateDocument document, URI credentialId, URI statusListUrl, URI issuerProfileUrl,
                        URI achievementUrl) {
        ObjectNode payload = OpenBadgeDocuments.credential(document, credentialId, statusListUrl, issuerProfileUrl,
                achievementUrl);
        payload.put("iss", issuerProfileUrl.toString());
        payload.put("jti", credentialId.toString());
        payload.put("nbf", document.issuedAt().getEpochSecond());
        payload.put("sub", OpenBadgeDocuments.subjectId(document.certificateId()).toString());

        RSAKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        JWSObject jws = new JWSObject(header, new Payload(JSON.writeValueAsString(payload)));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the Open Badges credential", e);
        }
        return jws.serialize();
    }
}
