package org.meetlinks.simulator.zoom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

/** All simulated Zoom meetings by their unique 11-digit meeting number. */
public final class ZoomMeetingStore {

    private static final long MIN_ID = 10_000_000_000L;
    private static final long MAX_ID = 99_999_999_999L;

    private final Map<Long, ZoomMeeting> meetings = new ConcurrentHashMap<>();

    /** Creates and stores a meeting under a fresh unique id. */
    public ZoomMeeting create(LongFunction<ZoomMeeting> factory) {
        while (true) {
            long id = ThreadLocalRandom.current().nextLong(MIN_ID, MAX_ID + 1);
            if (meetings.containsKey(id)) {
                continue;
            }
            ZoomMeeting meeting = factory.apply(id);
            if (meetings.putIfAbsent(id, meeting) == null) {
                return meeting;
            }
        }
    }

    /** The meeting with that number. */
    public Optional<ZoomMeeting> find(long id) {
        return Optional.ofNullable(meetings.get(id));
    }

    /** Every meeting, deleted ones included. */
    public List<ZoomMeeting> all() {
        return new ArrayList<>(meetings.values());
    }

    /** Forgets everything. */
    public void clear() {
        meetings.clear();
    }
}
