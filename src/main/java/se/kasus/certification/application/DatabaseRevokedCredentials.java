package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import se.kasus.certification.domain.CertificateRepository;

/** The revoked certificates, as the credentials the revocation list names. */
@ApplicationScoped
@Transactional
public class DatabaseRevokedCredentials implements RevokedCredentials {

    @Inject
    CertificateRepository certificates;

    @Override
    public List<Revoked> revoked() {
        return certificates.revoked().stream()
                .map(c -> new Revoked(BadgeUrls.credentialId(c.id()),
                        c.revocationReason().map(r -> r.swedish()).orElse(null)))
                .toList();
    }
}
