package org.meetlinks.application.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

/** A scripted provider: makes Meet (or Zoom) links, or fails as told; counts what it was asked. */
final class FakeProvider implements CreateMeetingPort, UpdateMeetingPort, DeleteMeetingPort {
    final List<MeetingRequest> creates = new ArrayList<>();
    final List<ExistingMeeting> updates = new ArrayList<>();
    final List<ExistingMeeting> deletes = new ArrayList<>();
    private final Deque<MeetingProviderException> failures = new ArrayDeque<>();
    private final AtomicInteger counter = new AtomicInteger();
    private volatile CountDownLatch gate;
    private volatile Runnable duringCreate = () -> { };
    boolean failDeletes;

    synchronized void failNext(MeetingProviderException.Kind kind) {
        failures.add(new MeetingProviderException(kind, Platform.GOOGLE_MEET, "simulated " + kind));
    }

    void holdCreatesUntil(CountDownLatch latch) {
        this.gate = latch;
    }

    void whileCreating(Runnable action) {
        this.duringCreate = action;
    }

    @Override
    public CreatedMeeting createMeeting(MeetingRequest request) {
        synchronized (this) {
            creates.add(request);
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
        }
        awaitGate();
        duringCreate.run();
        int n = counter.incrementAndGet();
        if (request.platform() == Platform.ZOOM) {
            return new CreatedMeeting(MeetingUrl.of(Platform.ZOOM, "https://us05web.zoom.us/j/" + (85_000_000_000L + n)
                    + "?pwd=x"), Long.toString(85_000_000_000L + n), request.mentorId().value());
        }
        String code = String.format("abc-%04d-xyz", n).replaceAll("\\d", String.valueOf((char) ('a' + n % 26)));
        return new CreatedMeeting(MeetingUrl.of(Platform.GOOGLE_MEET, "https://meet.google.com/" + code),
                "evt" + n, request.mentorId().value());
    }

    private void awaitGate() {
        CountDownLatch latch = gate;
        if (latch != null) {
            try {
                latch.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public synchronized void updateMeeting(ExistingMeeting meeting, MeetingRequest request) {
        updates.add(meeting);
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
