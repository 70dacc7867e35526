package se.kasus.platform.backup;

import java.util.Comparator;
import java.util.List;

/** Which backups to delete so that only the newest {@code keep} remain; {@code keep} 0 or less keeps all. */
final class Retention {

    private Retention() {
    }

    static List<Backup> toDelete(List<Backup> backups, int keep) {
        if (keep <= 0 || backups.size() <= keep) {
            return List.of();
        }
        return backups.stream()
                .sorted(NEWEST_FIRST)
                .skip(keep)
                .toList();
    }

    static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::time)
            .thenComparing(Backup::name).reversed();
}
