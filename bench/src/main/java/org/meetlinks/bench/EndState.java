package org.meetlinks.bench;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the run ended, checked from the outside: every session's link in the database, the messages left on the
 * dead-letter queue, and every meeting the simulated providers made — to count lost sessions and duplicated
 * meetings.
 */
record EndState(
        int sessions,
        int active,
        int placeholderMentorTold,
        int placeholderNotTold,
        int pending,
        int lost,
        int liveMeetings,
        int duplicatedMeetings,
        int extraMeetingsDeleted,
        int sessionsWithTwoMeetings,
        int linksWithoutMeeting,
        int deadLetters,
        int addLinkEmails,
        int reconnectEmails) {

    private static final Pattern ZOOM_MARKER = Pattern.compile("meetlinks-session:([A-Za-z0-9._:-]+)");

    static EndState check(
            String jdbcUrl, String sessionPrefix, int expected, List<JsonObject> meetings, long deadLetters)
            throws SQLException {
        Set<String> storedMeetingIds = new HashSet<>();
        Map<String, Integer> byStatus = new HashMap<>();
        int told = 0;
        int sessions;
        int addLinkEmails;
        int reconnectEmails;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "meetlinks", "meetlinks")) {
            sessions = count(c, "select count(*) from mentoring_session where session_id like ?", sessionPrefix);
            addLinkEmails = count(
                    c,
                    "select count(*) from notification_outbox where kind = 'ADD_LINK_MANUALLY' "
                            + "and session_id like ?",
                    sessionPrefix);
            reconnectEmails = count(
                    c,
                    "select count(*) from notification_outbox where kind = 'RECONNECT_PROVIDER' "
                            + "and session_id like ?",
                    sessionPrefix);
            try (PreparedStatement s = c.prepareStatement("""
                    select l.status,
                           exists (select 1 from notification_outbox o
                                   where o.session_id = l.session_id and o.kind = 'ADD_LINK_MANUALLY') as told
                    from meeting_link l where l.session_id like ?""")) {
                s.setString(1, sessionPrefix + "%");
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        byStatus.merge(rows.getString(1), 1, Integer::sum);
                        if (rows.getString(1).equals("AWAITING_MANUAL_LINK") && rows.getBoolean(2)) {
                            told++;
                        }
                    }
                }
            }
            // All links, warm-up ones included: a live provider meeting that no link points to is a duplicate.
            try (PreparedStatement s = c.prepareStatement(
                            "select external_meeting_id from meeting_link where external_meeting_id is not null");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    storedMeetingIds.add(rows.getString(1));
                }
            }
        }
        int waiting = byStatus.getOrDefault("AWAITING_MANUAL_LINK", 0);
        int withLink = byStatus.values().stream().mapToInt(Integer::intValue).sum();

        Set<String> liveIds = new HashSet<>();
        Map<String, Integer> liveZoomPerSession = new HashMap<>();
        int deleted = 0;
        for (JsonObject m : meetings) {
            if (m.getBoolean("deleted", false)) {
                deleted++;
                continue;
            }
            liveIds.add(m.getString("id"));
            if (m.getString("provider").equals("zoom") && m.containsKey("agenda") && !m.isNull("agenda")) {
                Matcher marker = ZOOM_MARKER.matcher(m.getString("agenda"));
                while (marker.find()) {
                    liveZoomPerSession.merge(marker.group(1), 1, Integer::sum);
                }
            }
        }
        int duplicated = (int)
                liveIds.stream().filter(id -> !storedMeetingIds.contains(id)).count();
        int linksWithoutMeeting = (int)
                storedMeetingIds.stream().filter(id -> !liveIds.contains(id)).count();
        int twoMeetings =
                (int) liveZoomPerSession.values().stream().filter(n -> n > 1).count();
        return new EndState(
                sessions,
                byStatus.getOrDefault("ACTIVE", 0),
                told,
                waiting - told,
                byStatus.getOrDefault("PENDING", 0),
                expected - withLink,
                liveIds.size(),
                duplicated,
                deleted,
                twoMeetings,
                linksWithoutMeeting,
                (int) deadLetters,
                addLinkEmails,
                reconnectEmails);
    }

    /** Nothing lost, nothing doubled, and every session without a real link has its mentor told. */
    boolean sound() {
        return lost == 0
                && pending == 0
                && duplicatedMeetings == 0
                && sessionsWithTwoMeetings == 0
                && linksWithoutMeeting == 0
                && placeholderNotTold == 0
                && deadLetters == 0;
    }

    private static int count(Connection c, String sql, String prefix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, prefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
