package se.kasus.certification.application;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.certification.domain.Certificate;
import se.kasus.certification.domain.CertificateRepository;
import se.kasus.certification.domain.VerificationCode;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.platform.security.KeyedBuckets;
import se.kasus.platform.time.ClockTimeMeter;
import se.kasus.shared.domain.TooManyAttemptsException;

/**
 * Public verification by code. Every look-up takes a token from the client address's bucket (Bucket4j)
 * and a code that exists gives it back, so only wrong codes use up the allowance
 * ({@code kasus.certificate.verify.attempts} per minute, 30 by default): 80 bits of code cannot be guessed
 * at that rate. The buckets are this instance's.
 */
@ApplicationScoped
@Transactional
public class Verification {

    @Inject
    CertificateRepository certificates;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kasus.certificate.verify.attempts", defaultValue = "30")
    long attemptsPerMinute;

    private KeyedBuckets buckets;

    @PostConstruct
    void init() {
        TimeMeter time = new ClockTimeMeter(clock);
        buckets = new KeyedBuckets(attemptsPerMinute, address -> Bucket.builder()
                .addLimit(limit -> limit.capacity(attemptsPerMinute).refillGreedy(attemptsPerMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time)
                .build());
    }

    public VerificationView verify(String typedCode, String address) {
        Bucket bucket = buckets.get(address == null ? "unknown" : address);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (Duration.ofNanos(probe.getNanosToWaitForRefill()).toMillis() + 999) / 1000);
            throw new TooManyAttemptsException("too-many-verifications",
                    "Du har skrivit in för många koder som inte finns. Vänta " + seconds + " sekunder och försök igen.",
                    seconds);
        }
        Certificate c = VerificationCode.parse(typedCode).flatMap(certificates::findByCode)
                .orElseThrow(() -> new NotFoundException("intyg", typedCode));
        bucket.addTokens(1);
        return new VerificationView(c.code().grouped(), c.isRevoked() ? "REVOKED" : "VALID",
                c.revokedAt().map(at -> LocalDate.ofInstant(at, CertificateSettings.ZONE)).orElse(null),
                c.revocationReason().map(Enum::name).orElse(null),
                c.revocationReason().map(r -> r.swedish()).orElse(null),
                c.learnerName(), c.courseTitle(), c.courseVersion(), CertificateService.completedOn(c),
                LocalDate.ofInstant(c.issuedAt(), CertificateSettings.ZONE), c.issuerName());
    }
}
