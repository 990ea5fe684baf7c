package org.meetlinks.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.RejectedExecutionException;
import org.meetlinks.application.port.out.RunGenerationPort;

/**
 * The bounded pool link generation runs on: Liberty's managed executor {@code concurrent/linkGeneration}, whose
 * concurrency policy (server.xml: {@code generation.workers} at once, {@code generation.queue} waiting, no waiting
 * to enqueue) refuses work when full instead of blocking the caller.
 */
@ApplicationScoped
class GenerationPool implements RunGenerationPort {
    @Resource(lookup = "concurrent/linkGeneration")
    private ManagedExecutorService executor;

    @Override
    public boolean trySubmit(Runnable generation) {
        try {
            executor.execute(generation);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
