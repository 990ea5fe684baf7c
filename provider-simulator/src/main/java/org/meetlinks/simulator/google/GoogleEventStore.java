package org.meetlinks.simulator.google;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All simulated events, keyed by calendar (account) and event id; ids are unique per calendar. */
public final class GoogleEventStore {

    private final Map<String, GoogleEvent> events = new ConcurrentHashMap<>();
    private final MeetCodes meetCodes = new MeetCodes();

    /** Stores the event unless its id exists in that calendar; returns the existing one in that case. */
    public Optional<GoogleEvent> insertIfAbsent(GoogleEvent event) {
        return Optional.ofNullable(events.putIfAbsent(key(event.account(), event.id()), event));
    }

    /** The event with that id in the account's calendar. */
    public Optional<GoogleEvent> find(String account, String id) {
        return Optional.ofNullable(events.get(key(account, id)));
    }

    /** A fresh unique Meet code. */
    public String newMeetCode() {
        return meetCodes.next();
    }

    /** Every event, deleted ones included. */
    public List<GoogleEvent> all() {
        return new ArrayList<>(events.values());
    }

    /** Forgets everything. */
    public void clear() {
        events.clear();
        meetCodes.clear();
    }

    private static String key(String account, String id) {
        return account.toLowerCase(Locale.ROOT) + "/" + id;
    }
}
