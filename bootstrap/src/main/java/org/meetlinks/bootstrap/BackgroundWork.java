package org.meetlinks.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.application.port.in.CheckUpcomingLinksUseCase;
import org.meetlinks.application.port.in.RetryPendingLinksUseCase;
import org.meetlinks.application.service.NotificationDispatcher;

/**
 * The background passes: offering the generation pool the links that are due (background retries, crash recovery,
 * sessions a full pool left), sending the outbox, counting the backlog for the gauges, and the check before every
 * session (provider meetings read at each lead time). Links are claimed under optimistic locking, outbox rows with
 * SKIP LOCKED and a lease; counting only reads. Two instances may both check a session at the same lead time: the
 * reads are harmless and each repair re-checks the stored link first.
 */
@ApplicationScoped
class BackgroundWork {
    /** How long a stop waits for the passes under way (a notification pass sends one batch of mail). */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(15);

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private final PassGate gate = new PassGate();

    void start(
            @Observes @Initialized(ApplicationScoped.class) Object started,
            RetryPendingLinksUseCase links,
            NotificationDispatcher notifications,
            BacklogGauges backlog,
            CheckUpcomingLinksUseCase checks,
            Config config) {
        schedule("link retry", links::retryDueLinks, seconds(config, "meetlinks.retry.sweep-seconds", 2));
        schedule(
                "notification dispatch",
                notifications::dispatchDue,
                seconds(config, "meetlinks.notifications.dispatch-seconds", 2));
        schedule("backlog count", backlog::refresh, seconds(config, "meetlinks.metrics.backlog-seconds", 5));
        schedule(
                "pre-session link check", checks::checkDueLinks, seconds(config, "meetlinks.checks.sweep-seconds", 60));
    }

    private void schedule(String name, IntSupplier pass, long everySeconds) {
        tasks.add(scheduler.scheduleWithFixedDelay(
                () -> gate.run(name, pass), everySeconds, everySeconds, TimeUnit.SECONDS));
    }

    private static long seconds(Config config, String key, long fallback) {
        return config.getOptionalValue(key, Long.class).orElse(fallback);
    }

    @PreDestroy
    void stop() {
        tasks.forEach(task -> task.cancel(false));
        gate.stop(STOP_PATIENCE);
    }
}
