package org.meetlinks.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.application.port.in.PurgeExpiredDataUseCase;

/**
 * Runs the retention pass a minute after start and then every {@code meetlinks.retention.sweep-hours} (24). Safe on
 * several instances: deleting what another instance already deleted deletes nothing.
 */
@ApplicationScoped
class RetentionWork {
    private static final System.Logger LOG = System.getLogger(RetentionWork.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    void start(
            @Observes @Initialized(ApplicationScoped.class) Object started,
            PurgeExpiredDataUseCase retention,
            Config config) {
        long hours = config.getOptionalValue("meetlinks.retention.sweep-hours", Long.class)
                .orElse(24L);
        tasks.add(scheduler.scheduleWithFixedDelay(
                () -> run(retention), 60, TimeUnit.HOURS.toSeconds(hours), TimeUnit.SECONDS));
    }

    private static void run(PurgeExpiredDataUseCase retention) {
        try {
            retention.purgeExpired();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The retention pass failed; the next one tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
    }
}
