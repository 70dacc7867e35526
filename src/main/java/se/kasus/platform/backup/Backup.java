package se.kasus.platform.backup;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** One complete backup: its folder name under the backup directory, when it was taken, and its size on disk. */
@JsonbPropertyOrder({"name", "time", "sizeBytes"})
public record Backup(String name, Instant time, long sizeBytes) {
}
