package org.meetlinks.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.application.service.MeetingLinkGenerator;

/**
 * Every few seconds, retries links that are due: provider failures waiting for their back-off, and
 * links whose generation was interrupted (crash, redeploy). Safe with several instances: each link is
 * claimed under optimistic locking before anyone calls a provider.
 */
@ApplicationScoped
class LinkRetrySchedule {
    private static final Logger LOG = Logger.getLogger(LinkRetrySchedule.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started, MeetingLinkGenerator generator,
               Config config) {
        long everySeconds = config.getOptionalValue("meetlinks.retry.sweep-seconds", Long.class).orElse(10L);
        task = scheduler.scheduleWithFixedDelay(() -> sweep(generator), everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    private static void sweep(MeetingLinkGenerator generator) {
        try {
            int attempted = generator.retryDueLinks();
            if (attempted > 0) {
                LOG.info(() -> "Retried the links of " + attempted + " sessions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Link retry sweep failed; the next sweep tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
