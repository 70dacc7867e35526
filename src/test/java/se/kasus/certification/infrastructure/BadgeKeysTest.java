package se.kasus.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
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
import se.kasus.certification.application.BadgeUrls;

class BadgeKeysTest {

    private static final BadgeUrls URLS = new BadgeUrls(URI.create("https://kurs.example.se/"));

    @TempDir
    Path dataDir;

    private BadgeKeys keys(Path dir) {
        return new BadgeKeys(dir, Optional.empty(), URLS, List::of);
    }

    @Test
    void theKeyIsGeneratedOnceAndReadBackIdenticallyAtTheNextStart() throws Exception {
        BadgeKeys first = keys(dataDir);
        RSAKey generated = first.signingKey();
        Path file = dataDir.resolve("certification").resolve("badge-key.jwk");
        String stored = Files.readString(file);

        RSAKey reloaded = keys(dataDir).signingKey();

        assertThat(reloaded).isEqualTo(generated);
        assertThat(reloaded.toPrivateKey()).isEqualTo(generated.toPrivateKey());
        assertThat(Files.readString(file)).as("the second start writes nothing").isEqualTo(stored);
        assertThat(generated.size()).isEqualTo(3072);
        assertThat(generated.getKeyID()).isEqualTo("https://kurs.example.se/api/public/badges/keys/"
                + generated.computeThumbprint());
        assertThat(generated.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(first.signingKey()).as("one key per instance").isSameAs(generated);
    }

    @Test
    void theKeyFileIsReadableByTheServersUserOnly() throws Exception {
        keys(dataDir).signingKey();

        Path file = dataDir.resolve("certification").resolve("badge-key.jwk");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).doesNotContain(PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactly("badge-key.jwk");
        }
    }

    @Test
    void twoThreadsAndTwoInstancesOnOneDataDirectoryMakeOneKey() throws Exception {
        BadgeKeys one = keys(dataDir);
        BadgeKeys other = keys(dataDir);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<RSAKey>> calls = new ArrayList<>();
        for (BadgeKeys keys : List.of(one, one, other, other)) {
            calls.add(() -> {
                start.await();
                return keys.signingKey();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<RSAKey>> results = new ArrayList<>();
            for (Callable<RSAKey> call : calls) {
                results.add(pool.submit(call));
            }
            start.countDown();
            Set<String> thumbprints = new java.util.HashSet<>();
            for (Future<RSAKey> result : results) {
                thumbprints.add(result.get().computeThumbprint().toString());
            }
            assertThat(thumbprints).hasSize(1);
            assertThat(thumbprints).containsExactly(JWK.parse(Files.readString(
                    dataDir.resolve("certification").resolve("badge-key.jwk"))).computeThumbprint().toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConfiguredKeyFileIsUsedAndNothingIsGenerated() throws Exception {
        RSAKey own = new RSAKeyGenerator(2048).keyID("the-operators-own-name").generate();
        Path file = Files.writeString(dataDir.resolve("own.jwk"), own.toJSONString());
        BadgeKeys keys = new BadgeKeys(dataDir, Optional.of(file), URLS, List::of);

        RSAKey signing = keys.signingKey();

        assertThat(signing.toRSAPrivateKey()).isEqualTo(own.toRSAPrivateKey());
        assertThat(signing.getKeyID()).as("the kid is the key's address, not the file's name")
                .isEqualTo("https://kurs.example.se/api/public/badges/keys/" + own.computeThumbprint());
        assertThat(dataDir.resolve("certification")).doesNotExist();
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload("{}"));
        jws.sign(new RSASSASigner(signing));
        assertThat(jws.verify(new RSASSAVerifier(keys.publicKeys().getKeyByKeyId(signing.getKeyID()).toRSAKey())))
                .isTrue();
    }

    @Test
    void aConfiguredKeyThatCannotSignRs256IsRefusedWithAReason() throws Exception {
        Path ec = Files.writeString(dataDir.resolve("ec.jwk"), new ECKeyGenerator(Curve.P_256).generate().toJSONString());
        Path publicOnly = Files.writeString(dataDir.resolve("public.jwk"),
                new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString());
        Path small = Files.writeString(dataDir.resolve("small.jwk"),
                new RSAKeyGenerator(1024, true).generate().toJSONString());

        for (Path file : List.of(ec, publicOnly)) {
            assertThatThrownBy(() -> new BadgeKeys(dataDir, Optional.of(file), URLS, List::of).signingKey())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("private RSA key");
        }
        assertThatThrownBy(() -> new BadgeKeys(dataDir, Optional.of(small), URLS, List::of).signingKey())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 2048");
        assertThatThrownBy(() -> new BadgeKeys(dataDir, Optional.of(dataDir.resolve("missing.jwk")), URLS,
                List::of).signingKey()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kasus.certificate.badge.key.file");
    }

    @Test
    void publishedKeysOfOtherInstancesJoinTheSetWithoutPrivatePartsOrDuplicates() throws Exception {
        RSAKey own = new RSAKeyGenerator(2048).generate();
        Path file = Files.writeString(dataDir.resolve("own.jwk"), own.toJSONString());
        RSAKey other = new RSAKeyGenerator(2048).keyID("node-b").generate();
        BadgeKeys keys = new BadgeKeys(dataDir, Optional.of(file), URLS,
                () -> List.of(other.toJSONString(), own.toPublicJWK().toJSONString(), "not a key", "{\"kty\":\"oct\",\"k\":\"AAAA\"}"));

        List<JWK> published = keys.publicKeys().getKeys();

        assertThat(published).extracting(k -> k.computeThumbprint().toString())
                .containsExactly(own.computeThumbprint().toString(), other.computeThumbprint().toString());
        assertThat(published).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(keys.publicKeys().toString()).doesNotContain("\"d\"").doesNotContain("\"p\"");
        assertThat(published.get(1).getKeyID())
                .isEqualTo("https://kurs.example.se/api/public/badges/keys/" + other.computeThumbprint());
        assertThat(keys.publicKey(other.computeThumbprint().toString())).contains(published.get(1));
        assertThat(keys.publicKey("x".repeat(43))).isEmpty();
    }
}
