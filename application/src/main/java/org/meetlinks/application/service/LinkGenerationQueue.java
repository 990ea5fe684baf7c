package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import org.meetlinks.application.port.out.RunGenerationPort;
import org.meetlinks.domain.SessionId;

/**
 * Hands sessions to the bounded generation pool, each at most once at a time in this instance (the intake and the
 * sweep may both offer one). A full pool refuses: the session stays due and the next sweep offers it again.
 */
public final class LinkGenerationQueue {
    private static final System.Logger LOG = System.getLogger(LinkGenerationQueue.class.getName());

    private final RunGenerationPort pool;
    private final GenerateMeetingLinkService generator;
    private final ConcurrentMap<SessionId, CompletableFuture<Void>> queued = new ConcurrentHashMap<>();

    public LinkGenerationQueue(RunGenerationPort pool, GenerateMeetingLinkService generator) {
        this.pool = pool;
        this.generator = generator;
    }

    /** @return the session's generation (to wait on), or empty when the pool is full */
    public Optional<Future<Void>> offer(SessionId sessionId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<Void> already = queued.putIfAbsent(sessionId, done);
        if (already != null) {
            return Optional.of(already);
        }
        if (!pool.trySubmit(() -> run(sessionId, done))) {
            queued.remove(sessionId, done);
            return Optional.empty();
        }
        return Optional.of(done);
    }

    /** How many sessions this instance has queued or running now. */
    public int size() {
        return queued.size();
    }

    private void run(SessionId sessionId, CompletableFuture<Void> done) {
        try {
            generator.generate(sessionId);
            done.complete(null);
        } catch (RuntimeException e) {
            // The claim's lease runs out and the sweep tries again; the link is never left without a next attempt.
            LOG.log(Level.ERROR, "Generating the link of session " + sessionId + " failed; the sweep tries again", e);
            done.completeExceptionally(e);
        } finally {
            queued.remove(sessionId, done);
        }
    }
}
