package se.kasus.certification.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.certification.application.BadgeKeyring;
import se.kasus.certification.application.BadgeUrls;
import se.kasus.certification.application.PublishedKeys;

/**
 * The Open Badges signing key, kept like the PDF seal key: generated on first use into
 * {@code ${kasus.data.dir}/certification/badge-key.jwk} (readable by the server's user only) and read back on every
 * later start, or an operator's own key from {@code kasus.certificate.badge.key.file}.
 * <p>
 * RSA 3072 with RS256: Open Badges 3.0 §8.2 makes RS256 the one algorithm every verifier must support (the 1EdTech
 * validator accepts nothing else), and 3072 bits is the size recommended for keys used beyond 2030, which
 * certificates kept for years are. The {@code kid} is the key's address, built from its RFC 7638 thumbprint, so it
 * is recomputed from the key and the public base URL rather than trusted from the file.
 */
@ApplicationScoped
public class BadgeKeys implements BadgeKeyring {

    static final String DIRECTORY = "certification";
    static final String FILE = "badge-key.jwk";
    static final int GENERATED_BITS = 3072;
    static final int MINIMUM_BITS = 2048;

    private static final Logger LOG = Logger.getLogger(BadgeKeys.class.getName());

    private Path dataDir;
    private Optional<Path> configuredFile;
    private BadgeUrls urls;
    private Supplier<Collection<String>> otherKeys;
    private volatile RSAKey key;

    protected BadgeKeys() {
        // for the CDI proxy
    }

    @Inject
    BadgeKeys(@ConfigProperty(name = "kasus.data.dir") String dataDir,
              @ConfigProperty(name = "kasus.certificate.badge.key.file") Optional<String> keyFile,
              BadgeUrls urls, Instance<PublishedKeys> published) {
        this(Path.of(dataDir), keyFile.map(String::strip).filter(f -> !f.isEmpty()).map(Path::of), urls,
                () -> published.stream().flatMap(p -> p.publicJwks().stream()).toList());
    }

    /**
     * @param dataDir    {@code kasus.data.dir}; the generated key goes to its {@code certification} folder
     * @param keyFile    an operator's own private RSA key as a JWK, used instead of a generated one
     * @param otherKeys  further public JWKs to publish ({@link PublishedKeys})
     */
    public BadgeKeys(Path dataDir, Optional<Path> keyFile, BadgeUrls urls, Supplier<Collection<String>> otherKeys) {
        this.dataDir = dataDir;
        this.configuredFile = keyFile;
        this.urls = urls;
        this.otherKeys = otherKeys;
    }

    @Override
    public RSAKey signingKey() {
        RSAKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = withKeyId(configuredFile.map(BadgeKeys::readConfigured).orElseGet(this::readOrGenerate));
                }
                loaded = key;
            }
        }
        return loaded;
    }

    @Override
    public JWKSet publicKeys() {
        return publicKeys(otherKeys.get());
    }

    /** This instance's public key first, then the given ones; one entry per thumbprint, private members dropped. */
    public JWKSet publicKeys(Collection<String> extraPublicJwks) {
        Map<String, JWK> keys = new LinkedHashMap<>();
        RSAKey own = signingKey().toPublicJWK();
        keys.put(thumbprint(own), own);
        for (String json : extraPublicJwks) {
            try {
                JWK extra = JWK.parse(json).toPublicJWK();
                if (extra == null) {
                    continue;
                }
                keys.putIfAbsent(thumbprint(extra), withKeyId(extra));
            } catch (ParseException | RuntimeException e) {
                // One unreadable entry must not take the others (and this instance's own key) off the JWK Set
                LOG.log(Level.WARNING, "A published Open Badges key is not a valid JWK and is left out: {0}",
                        e.getMessage());
            }
        }
        return new JWKSet(new ArrayList<>(keys.values()));
    }

    @Override
    public Optional<JWK> publicKey(String thumbprint) {
        return publicKeys().getKeys().stream().filter(k -> thumbprint(k).equals(thumbprint)).findFirst();
    }

    /** The key file this instance generates (and reads back) when no key file is configured. */
    Path generatedFile() {
        return dataDir.resolve(DIRECTORY).resolve(FILE);
    }

    private RSAKey readOrGenerate() {
        Path file = generatedFile();
        if (Files.exists(file)) {
            return read(file);
        }
        try {
            Files.createDirectories(file.getParent(), ownerOnly(file, "rwx------"));
            RSAKey generated = new RSAKeyGenerator(GENERATED_BITS).generate();
            Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp", ownerOnly(file, "rw-------"));
            try {
                Files.writeString(temporary, generated.toJSONString(), StandardCharsets.UTF_8);
                publish(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.info(() -> "Generated the Open Badges signing key " + file);
        } catch (FileAlreadyExistsException e) {
            // Another instance on the same data directory was first: use its key
            LOG.fine(() -> "Open Badges signing key made by another process meanwhile: " + file);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException("Could not create the Open Badges signing key " + file, e);
        }
        return read(file);
    }

    /**
     * Puts the written key in place only if there is none yet: a hard link fails when the name exists, so two
     * processes never replace each other's key, and a reader never sees a half-written file.
     */
    private static void publish(Path written, Path target) throws IOException {
        try {
            Files.createLink(target, written);
        } catch (UnsupportedOperationException e) {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static RSAKey readConfigured(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("kasus.certificate.badge.key.file names no readable file: " + file);
        }
        return read(file);
    }

    private static RSAKey read(Path file) {
        JWK jwk;
        try {
            jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Open Badges signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The Open Badges signing key " + file + " is not a JWK", e);
        }
        if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
            throw new IllegalStateException("The Open Badges signing key " + file
                    + " must be a private RSA key (RS256, the algorithm Open Badges 3.0 requires)");
        }
        if (rsa.size() < MINIMUM_BITS) {
            throw new IllegalStateException("The Open Badges signing key " + file + " has " + rsa.size()
                    + " bits; at least " + MINIMUM_BITS + " are needed");
        }
        return rsa;
    }

    private RSAKey withKeyId(RSAKey rsa) {
        return new RSAKey.Builder(rsa).keyID(urls.key(thumbprint(rsa)).toString())
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    private JWK withKeyId(JWK jwk) {
        String kid = urls.key(thumbprint(jwk)).toString();
        try {
            Map<String, Object> members = new LinkedHashMap<>(jwk.toJSONObject());
            members.put("kid", kid);
            return JWK.parse(members);
        } catch (ParseException e) {
            throw new IllegalStateException("Could not set the key id of a published key", e);
        }
    }

    static String thumbprint(JWK jwk) {
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not compute a JWK thumbprint", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path path, String permissions) {
        boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    /** For tests and the log: the key's thumbprint. */
    public String thumbprint() {
        return thumbprint(signingKey());
    }
}
