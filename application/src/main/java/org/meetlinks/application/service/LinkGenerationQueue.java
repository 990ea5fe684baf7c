package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Future;
import org.meetlinks.application.port.out.RunGenerationPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
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

    /**
     * Hands the pool a run its caller already claimed (a confirmation claims its first run as it stores the link).
     * When no worker takes it, the claim is given back, so the sweep runs the session as it would have run it.
     *
     * @return the run (to wait on), or empty when the pool is full
     */
    public Optional<Future<Void>> offerClaimed(Claim claim) {
        SessionId sessionId = claim.session().id();
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (queued.putIfAbsent(sessionId, done) != null || !pool.trySubmit(() -> run(claim, done))) {
            queued.remove(sessionId, done);
            generator.release(claim);
            return Optional.empty();
        }
        return Optional.of(done);
    }

    /** The claim of a new session's first run, taken in the transaction that stores its link. */
    Optional<Claim> claimNew(MentoringSession session, MeetingLink link) {
        return generator.claimNew(session, link);
    }

    /** How many sessions this instance has queued or running now. */
    public int size() {
        return queued.size();
    }

    private void run(SessionId sessionId, CompletableFuture<Void> done) {
        runAndComplete(sessionId, () -> generator.generate(sessionId), done);
    }

    private void run(Claim claim, CompletableFuture<Void> done) {
        runAndComplete(claim.session().id(), () -> generator.generate(claim), done);
    }

    private void runAndComplete(SessionId sessionId, Runnable generation, CompletableFuture<Void> done) {
        try {
            generation.run();
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
