package se.kasus.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals certificate PDFs. An agency's own e-seal is configured as a PKCS#12 file
 * ({@code kasus.certificate.seal.file}, {@code .password}, optional {@code .alias}). Without one, the first use
 * generates an RSA key and a self-signed certificate into {@code ${kasus.data.dir}/certification/seal.p12} with
 * a random password beside it in {@code seal.p12.password}, and later starts reuse them. Generation happens once
 * even when several threads, or several servers sharing the data directory, ask at the same time.
 */
@ApplicationScoped
public class SealingKeys {

    private static final Logger LOG = Logger.getLogger(SealingKeys.class.getName());
    /** One lock per key file in this JVM: a FileLock alone does not exclude threads of the same process. */
    private static final ConcurrentMap<Path, Object> GENERATION_LOCKS = new ConcurrentHashMap<>();

    private Path dataDir;
    private Optional<String> configuredFile;
    private Optional<String> configuredPassword;
    private Optional<String> configuredAlias;
    private String issuerName;
    private Clock clock;
    private volatile SealingKey key;

    /** For CDI's proxy. */
    protected SealingKeys() {
    }

    @Inject
    public SealingKeys(@ConfigProperty(name = "kasus.data.dir") String dataDir,
            @ConfigProperty(name = "kasus.certificate.seal.file") Optional<String> configuredFile,
            @ConfigProperty(name = "kasus.certificate.seal.password") Optional<String> configuredPassword,
            @ConfigProperty(name = "kasus.certificate.seal.alias") Optional<String> configuredAlias,
            @ConfigProperty(name = "kasus.certificate.issuer.name") Optional<String> issuerName, Clock clock) {
        this.dataDir = Path.of(dataDir);
        this.configuredFile = configuredFile.filter(s -> !s.isBlank());
        this.configuredPassword = configuredPassword;
        this.configuredAlias = configuredAlias.filter(s -> !s.isBlank());
        this.issuerName = issuerName.filter(s -> !s.isBlank()).orElse("Kasus");
        this.clock = clock;
    }

    /** The sealing key, loaded (or first generated) on the first call. */
    public SealingKey current() {
        SealingKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                loaded = key;
                if (loaded == null) {
                    loaded = load();
                    key = loaded;
                }
            }
        }
        return loaded;
    }

    private SealingKey load() {
        if (configuredFile.isPresent()) {
            Path file = Path.of(configuredFile.get());
            SealingKey configured = Pkcs12.read(file, configuredPassword.orElse(""), configuredAlias);
            LOG.info("Certificate seal: " + configured.certificate().getSubjectX500Principal().getName() + " from "
                    + file);
            return configured;
        }
        return generatedKey();
    }

    private SealingKey generatedKey() {
        Path directory = dataDir.resolve("certification");
        Path file = directory.resolve("seal.p12");
        Path passwordFile = directory.resolve("seal.p12.password");
        try {
            Files.createDirectories(directory);
            synchronized (GENERATION_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object())) {
                try (FileChannel lockFile = FileChannel.open(directory.resolve("seal.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
                    if (!Files.exists(file)) {
                        SelfSignedSeal.generate(issuerName, clock, file, passwordFile);
                        LOG.info("Certificate seal: generated a self-signed key for CN=" + issuerName + " in " + file
                                + "; configure kasus.certificate.seal.file to use the organisation's own e-seal");
                    }
                }
            }
            return Pkcs12.read(file, Files.readString(passwordFile).strip(), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the sealing key in " + directory, e);
        }
    }
}
