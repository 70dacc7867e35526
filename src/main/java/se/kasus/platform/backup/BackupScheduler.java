package se.kasus.platform.backup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kasus.shared.domain.ConflictException;

/**
 * Runs backups on the server's managed scheduler as {@code kasus.backup.schedule} says. Each run
 * schedules the next from the injected clock, so a daily time follows the zone's daylight saving.
 */
@ApplicationScoped
public class BackupScheduler {

    private static final Logger LOG = Logger.getLogger(BackupScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DatabaseBackups backups;

    @Inject
    Clock clock;

    /** Empty means off; MicroProfile Config treats an empty value as absent. */
    @Inject
    @ConfigProperty(name = "kasus.backup.schedule")
    Optional<String> scheduleText;

    private BackupSchedule schedule = new BackupSchedule.Off();
    private volatile boolean stopped;
    private ScheduledFuture<?> next;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            schedule = BackupSchedule.parse(scheduleText.orElse(""), ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            LOG.severe("Kasus backup: no scheduled backups: " + e.getMessage());
            return;
        }
        if (schedule instanceof BackupSchedule.Off) {
            LOG.info("Kasus backup: no scheduled backups (kasus.backup.schedule is off); POST /api/admin/backups takes one");
            return;
        }
        if (!isDerby()) {
            LOG.warning("Kasus backup: kasus.backup.schedule is ignored on PostgreSQL; use pg_dump or WAL archiving");
            return;
        }
        LOG.info("Kasus backup: scheduled " + schedule);
        scheduleNext();
    }

    /** An unreachable database at start does not stop the application; each backup checks again. */
    private boolean isDerby() {
        try {
            return backups.databaseIsDerby();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kasus backup: could not tell which database this is; scheduling backups anyway", e);
            return true;
        }
    }

    private synchronized void scheduleNext() {
        if (stopped) {
            return;
        }
        Optional<Duration> delay = schedule.delayAfter(clock.instant().atZone(clock.getZone()));
        delay.ifPresent(d -> next = scheduler.schedule(this::run, d.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void run() {
        try {
            backups.backUp();
        } catch (ConflictException e) {
            LOG.info("Kasus backup: scheduled backup skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kasus backup: scheduled backup failed", e);
        } finally {
            scheduleNext();
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }
}
