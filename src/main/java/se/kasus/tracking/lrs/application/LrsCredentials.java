package se.kasus.tracking.lrs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.shared.domain.NotFoundException;
import se.kasus.shared.domain.RuleViolationException;
import se.kasus.tracking.lrs.domain.LrsCredential;
import se.kasus.tracking.lrs.domain.LrsCredentialRepository;
import se.kasus.tracking.lrs.domain.LrsScope;
import se.kasus.xapi.model.Agent;

/**
 * LRS credentials: made, listed and removed by administrators (both recorded in the audit trail, by key and name,
 * never with the secret), checked on every LRS request. A checked credential
 * is remembered briefly, so that a client sending many requests costs one database read every few seconds; a
 * removed credential is forgotten at once on this server.
 */
@ApplicationScoped
@Transactional
public class LrsCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration REMEMBERED = Duration.ofSeconds(30);

    @Inject
    LrsCredentialRepository repository;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "kasus.lrs.home.page")
    String homePage;

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public NewCredential create(String name, LrsScope scope) {
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("credential-name", "Ange ett namn på LRS-nyckeln.");
        }
        String key = random(18);
        String secret = random(32);
        LrsCredential credential = new LrsCredential(key, name.strip(), secret, scope, clock.instant());
        repository.add(credential);
        audit.record("lrs-credential.created", key, "Namn: " + credential.name() + ", behörighet: " + scope);
        return new NewCredential(credential.id(), key, secret, credential.name(), scope, credential.createdAt());
    }

    public List<CredentialView> all() {
        return repository.findAll().stream().map(CredentialView::of).toList();
    }

    public CredentialView get(String id) {
        return repository.findById(id).map(CredentialView::of)
                .orElseThrow(() -> new NotFoundException("LRS-nyckel", id));
    }

    public void delete(String id) {
        LrsCredential credential = repository.findById(id).orElseThrow(() -> new NotFoundException("LRS-nyckel", id));
        repository.remove(credential);
        remembered.remove(credential.key());
        audit.record("lrs-credential.revoked", credential.key(), "Namn: " + credential.name());
    }

    /** The client these Basic credentials belong to; empty when the key is unknown or the secret wrong. */
    @Transactional(TxType.SUPPORTS)
    public Optional<LrsClient> authenticate(String key, String secret) {
        Instant now = clock.instant();
        Remembered known = remembered.get(key);
        if (known == null || known.until().isBefore(now)) {
            Optional<LrsCredential> found = repository.findByKey(key);
            if (found.isEmpty()) {
                remembered.remove(key);
                return Optional.empty();
            }
            known = new Remembered(found.get(), client(found.get()), now.plus(REMEMBERED));
            remembered.put(key, known);
        }
        return known.credential().accepts(secret) ? Optional.of(known.client()) : Optional.empty();
    }

    /** The authority of statements stored with a credential: an Agent whose account is the key (Data 2.4.9). */
    public Agent authorityOf(String key, String name) {
        return Agent.withAccount(name, homePage, key);
    }

    private LrsClient client(LrsCredential credential) {
        return new LrsClient(credential.key(), credential.scope(), authorityOf(credential.key(), credential.name()));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private record Remembered(LrsCredential credential, LrsClient client, Instant until) {
    }
}
