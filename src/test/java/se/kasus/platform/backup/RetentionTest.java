package se.kasus.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private static Backup takenOnDay(int day) {
        return new Backup("kasus-202612%02dT023000Z".formatted(day), Instant.parse("2026-12-%02dT02:30:00Z".formatted(day)), 100);
    }

    @Test
    void theOldestBeyondTheCountAreDeletedWhateverTheOrderGiven() {
        List<Backup> backups = List.of(takenOnDay(5), takenOnDay(1), takenOnDay(9), takenOnDay(3), takenOnDay(7));

        assertThat(Retention.toDelete(backups, 3)).containsExactly(takenOnDay(3), takenOnDay(1));
    }

    @Test
    void nothingIsDeletedWhileThereAreNoMoreThanTheCount() {
        List<Backup> seven = IntStream.rangeClosed(1, 7).mapToObj(RetentionTest::takenOnDay).toList();

        assertThat(Retention.toDelete(seven, 7)).isEmpty();
        assertThat(Retention.toDelete(List.of(), 7)).isEmpty();
    }

    @Test
    void zeroOrLessKeepsAll() {
        List<Backup> backups = List.of(takenOnDay(1), takenOnDay(2));

        assertThat(Retention.toDelete(backups, 0)).isEmpty();
        assertThat(Retention.toDelete(backups, -1)).isEmpty();
    }

    @Test
    void backupsTakenInTheSameSecondAreOrderedByTheirNumberedName() {
        Instant time = Instant.parse("2026-12-03T02:30:00Z");
        Backup first = new Backup("kasus-20261203T023000Z", time, 1);
        Backup second = new Backup("kasus-20261203T023000Z-2", time, 1);

        assertThat(Retention.toDelete(List.of(second, first), 1)).containsExactly(first);
    }
}
