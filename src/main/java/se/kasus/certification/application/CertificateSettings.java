package se.kasus.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.certification.domain.VerificationCode;

/**
 * Who issues the certificates and where they are verified, from configuration (server.xml variables,
 * overridden by environment variables): {@code kasus.certificate.issuer.name} (falls back to
 * {@code kasus.operator.name}), {@code kasus.certificate.signatory.title}, {@code kasus.certificate.logo.file}
 * (a PNG) and {@code kasus.public.base.url}, the address learners and verifiers reach the server at.
 */
@ApplicationScoped
public class CertificateSettings {

    /** Dates on certificates are Swedish dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Inject
    @ConfigProperty(name = "kasus.certificate.issuer.name")
    Optional<String> issuerName;

    @Inject
    @ConfigProperty(name = "kasus.operator.name")
    Optional<String> operatorName;

    @Inject
    @ConfigProperty(name = "kasus.certificate.signatory.title")
    Optional<String> signatoryTitle;

    @Inject
    @ConfigProperty(name = "kasus.certificate.logo.file")
    Optional<String> logoFile;

    @Inject
    @ConfigProperty(name = "kasus.public.base.url", defaultValue = "http://localhost:9080/")
    String baseUrl;

    private volatile byte[] logo;

    public String issuerName() {
        return issuerName.filter(s -> !s.isBlank()).or(() -> operatorName.filter(s -> !s.isBlank())).orElse("Kasus");
    }

    public Optional<String> signatoryTitle() {
        return signatoryTitle.filter(s -> !s.isBlank());
    }

    /** The configured logo, read once; none when unset. */
    public byte[] logoPng() {
        if (logoFile.filter(s -> !s.isBlank()).isEmpty()) {
            return null;
        }
        if (logo == null) {
            try {
                logo = Files.readAllBytes(Path.of(logoFile.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("kasus.certificate.logo.file cannot be read: " + logoFile.get(), e);
            }
        }
        return logo;
    }

    /** The base URL, always ending with a slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    public String verificationUrl(VerificationCode code) {
        return baseUrl() + "verifiera.html?kod=" + code.grouped();
    }
}
