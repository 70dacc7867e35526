package se.kasus.tracking.lrs.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kasus.platform.audit.AuditTrail;
import se.kasus.tracking.lrs.domain.LrsCredential;
import se.kasus.tracking.lrs.domain.LrsCredentialRepository;
import se.kasus.tracking.lrs.domain.LrsScope;

class LrsCredentialsAuditTest {

    private final List<String[]> recorded = new ArrayList<>();
    private final LrsCredentials credentials = new LrsCredentials();

    LrsCredentialsAuditTest() {
        credentials.repository = new InMemoryCredentials();
        credentials.clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        credentials.audit = (action, target, detail) -> recorded.add(new String[] {action, target, detail});
        credentials.homePage = "https://kasus.example";
    }

    @Test
    void creatingACredentialIsRecordedByKeyAndNameWithoutTheSecret() {
        NewCredential created = credentials.create("Kursplattformen", LrsScope.READ_WRITE);

        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)[0]).isEqualTo("lrs-credential.created");
        assertThat(recorded.get(0)[1]).isEqualTo(created.key());
        assertThat(recorded.get(0)[2]).contains("Kursplattformen", "READ_WRITE");
        assertThat(String.join(" ", recorded.get(0))).doesNotContain(created.secret());
    }

    @Test
    void revokingACredentialIsRecordedByKey() {
        NewCredential created = credentials.create("Rapportverktyget", LrsScope.READ);

        credentials.delete(created.id());

        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(1)[0]).isEqualTo("lrs-credential.revoked");
        assertThat(recorded.get(1)[1]).isEqualTo(created.key());
        assertThat(String.join(" ", recorded.get(1))).doesNotContain(created.secret());
    }

    private static final class InMemoryCredentials implements LrsCredentialRepository {
        private final List<LrsCredential> all = new ArrayList<>();

        @Override
        public void add(LrsCredential credential) {
            all.add(credential);
        }

        @Override
        public Optional<LrsCredential> findById(String id) {
            return all.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public Optional<LrsCredential> findByKey(String key) {
            return all.stream().filter(c -> c.key().equals(key)).findFirst();
        }

        @Override
        public List<LrsCredential> findAll() {
            return List.copyOf(all);
        }

        @Override
        public void remove(LrsCredential credential) {
            all.remove(credential);
        }
    }
}
