package se.kasus.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private SealingKeys generated(String issuer) {
        return new SealingKeys(dataDir.toString(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(issuer), CLOCK);
    }

    @Test
    void firstUseGeneratesASelfSignedSealThatTheNextStartReuses() throws Exception {
        SealingKey first = generated("Kommunen").current();
        SealingKey afterRestart = generated("Another name later").current();

        assertThat(afterRestart.certificate()).isEqualTo(first.certificate());
        assertThat(afterRestart.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        var certificate = first.certificate();
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=Kommunen");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        assertThat(((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength())
                .isEqualTo(3072);
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(Instant.parse("2036-12-03T10:00:00Z"));
        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[1]).as("nonRepudiation").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(certificate.getCriticalExtensionOIDs()).contains("2.5.29.15");
    }

    @Test
    void generatedKeyFilesAreReadableByTheOwnerOnly() throws Exception {
        generated(null).current();

        Path directory = dataDir.resolve("certification");
        assertThat(directory.resolve("seal.p12")).exists();
        assertThat(Files.readString(directory.resolve("seal.p12.password")).strip()).hasSizeGreaterThanOrEqualTo(32);
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("seal.p12", "seal.p12.password", "seal.lock");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            assertThat(Files.getPosixFilePermissions(directory.resolve("seal.p12"))).isEqualTo(ownerOnly);
            assertThat(Files.getPosixFilePermissions(directory.resolve("seal.p12.password"))).isEqualTo(ownerOnly);
        }
        assertThat(generated(null).current().certificate().getSubjectX500Principal().getName()).isEqualTo("CN=Kasus");
    }

    @Test
    void instancesStartingTogetherMakeOneKey() throws Exception {
        int parallel = 4;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<SealingKey>> starts = java.util.stream.IntStream.range(0, parallel)
                    .<Callable<SealingKey>>mapToObj(i -> () -> {
                        start.await();
                        return generated("Kommunen").current();
                    }).toList();
            List<Future<SealingKey>> futures = starts.stream().map(pool::submit).toList();
            start.countDown();

            List<SealingKey> keys = new java.util.ArrayList<>();
            for (Future<SealingKey> future : futures) {
                keys.add(future.get());
            }
            assertThat(keys).extracting(SealingKey::certificate).containsOnly(keys.get(0).certificate());
            assertThat(generated("Kommunen").current().certificate()).isEqualTo(keys.get(0).certificate());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void configuredPkcs12IsUsedInsteadOfAGeneratedKey() throws Exception {
        SealingKey agencySeal = SelfSignedSeal.create("Myndigheten för e-stämplar", CLOCK.instant());
        Path file = dataDir.resolve("agency-seal.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            Pkcs12.write(agencySeal, "e-seal", "hemligt-losenord-1", out);
        }

        SealingKeys keys = new SealingKeys(dataDir.toString(), Optional.of(file.toString()),
                Optional.of("hemligt-losenord-1"), Optional.of("e-seal"), Optional.empty(), CLOCK);

        assertThat(keys.current().certificate()).isEqualTo(agencySeal.certificate());
        assertThat(dataDir.resolve("certification")).doesNotExist();
        byte[] sealed = new PdfSealer(keys, CLOCK).seal(
                new CertificatePdf().render(CertificateFixtures.certificate(null)));
        PdfSealCheck.Result result = new PdfSealCheck().check(sealed);
        assertThat(result.valid()).isTrue();
        assertThat(result.signerSubject()).isEqualTo("CN=Myndigheten för e-stämplar");
    }

    @Test
    void configuredPkcs12WithoutAliasUsesItsKeyEntry() throws Exception {
        SealingKey agencySeal = SelfSignedSeal.create("Myndigheten", CLOCK.instant());
        Path file = dataDir.resolve("agency-seal.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            Pkcs12.write(agencySeal, "whatever", "pw", out);
        }

        SealingKeys keys = new SealingKeys(dataDir.toString(), Optional.of(file.toString()), Optional.of("pw"),
                Optional.empty(), Optional.empty(), CLOCK);

        assertThat(keys.current().certificate()).isEqualTo(agencySeal.certificate());
    }
}
