package org.meetlinks.application.service;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;

/**
 * A scripted provider: makes Meet or Zoom links, or fails as told; every call takes {@link #latency} of the test
 * clock; counts what it was asked.
 */
final class FakeProvider implements CreateMeetingPort, UpdateMeetingPort, DeleteMeetingPort {
    final List<MeetingRequest> creates = new ArrayList<>();
    final List<ExistingMeeting> updates = new ArrayList<>();
    final List<MeetingRequest> updateRequests = new ArrayList<>();
    final List<ExistingMeeting> deletes = new ArrayList<>();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private final AtomicInteger counter = new AtomicInteger();
    private final MutableClock clock;
    private volatile Runnable duringCreate = () -> {};
    private volatile Runnable onCall = () -> {};
    volatile Duration latency = Duration.ZERO;
    boolean failDeletes;

    FakeProvider(MutableClock clock) {
        this.clock = clock;
    }

    synchronized void failNext(MeetingProviderException.Kind kind) {
        failNext(new MeetingProviderException(kind, Platform.GOOGLE_MEET, "simulated " + kind));
    }

    /** The next {@code times} creates fail as {@code kind}. */
    synchronized void failNext(MeetingProviderException.Kind kind, int times) {
        for (int i = 0; i < times; i++) {
            failNext(kind);
        }
    }

    synchronized void failNext(RuntimeException failure) {
        failures.add(failure);
    }

    /** A create that timed out: the provider may have made the meeting anyway. */
    static MeetingProviderException unanswered() {
        return new MeetingProviderException(MeetingProviderException.Kind.TRANSIENT, Platform.ZOOM, "read timed out") {
            @Override
            public boolean mayHaveTakenEffect() {
                return true;
            }
        };
    }

    /** Runs at the start of every create, before it succeeds or fails (say, a reconnect during the call). */
    void whenCalled(Runnable action) {
        this.onCall = action;
    }

    void whileCreating(Runnable action) {
        this.duringCreate = action;
    }

    @Override
    public CreatedMeeting createMeeting(MeetingRequest request) {
        onCall.run();
        RuntimeException failure;
        synchronized (this) {
            creates.add(request);
            failure = failures.poll();
        }
        clock.advance(latency);
        if (failure != null) {
            throw failure;
        }
        duringCreate.run();
        int n = counter.incrementAndGet();
        return new CreatedMeeting(
                url(request.platform(), n), "evt" + n, request.mentorId().value());
    }

    private static MeetingUrl url(Platform platform, int n) {
        if (platform == Platform.ZOOM) {
            return MeetingUrl.of(Platform.ZOOM, "https://us05web.zoom.us/j/" + (1_000_000_000L + n));
        }
        String letter = String.valueOf((char) ('a' + n % 26));
        return MeetingUrl.of(Platform.GOOGLE_MEET, "https://meet.google.com/abc-" + letter.repeat(4) + "-xyz");
    }

    @Override
    public synchronized void updateMeeting(ExistingMeeting meeting, MeetingRequest request) {
        updates.add(meeting);
        updateRequests.add(request);
    }

    @Override
    public synchronized void deleteMeeting(ExistingMeeting meeting) {
        deletes.add(meeting);
        if (failDeletes) {
            throw new MeetingProviderException(MeetingProviderException.Kind.TRANSIENT, meeting.platform(), "down");
        }
    }

    synchronized int createCount() {
        return creates.size();
    }
}
