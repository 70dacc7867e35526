package se.kasus.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Backups on a schedule from configuration, of which only the newest kasus.backup.retention are kept. */
class ScheduledBackupIT {

    private final RestartableServer server = new RestartableServer();
    private final KasusApi api = server.api;

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void scheduledBackupsRunAtTheIntervalAndOnlyTheNewestAreKept() {
        server.withEnvironment(Map.of("KASUS_BACKUP_SCHEDULE", "2s", "KASUS_BACKUP_RETENTION", "2")).startClean();
        Set<String> seen = new LinkedHashSet<>();

        AtomicReference<List<String>> latest = new AtomicReference<>(List.of());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            latest.set(api.get("api/admin/backups", api.admin()).json().findValuesAsString("name"));
            seen.addAll(latest.get());
            return seen.size() >= 4 && latest.get().size() == 2;
        });
        List<String> listed = latest.get();

        assertThat(seen).as("backups taken by the schedule").hasSizeGreaterThanOrEqualTo(4);
        assertThat(listed).as("the newest two, newest first").hasSize(2)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(listed).as("the two newest of those seen")
                .isEqualTo(seen.stream().sorted(Comparator.reverseOrder()).limit(2).toList());
    }
}
