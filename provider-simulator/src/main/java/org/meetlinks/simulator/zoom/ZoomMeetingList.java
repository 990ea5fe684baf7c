package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.meetlinks.simulator.api.ApiCall;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;

/**
 * Zoom's List meetings ({@code GET /users/{userId}/meetings}): one account's scheduled, not deleted meetings of the
 * asked {@code type}, ordered by start time and paged with {@code page_size} and an opaque {@code next_page_token}.
 */
public final class ZoomMeetingList {

    /** Zoom's default page size. */
    public static final int DEFAULT_PAGE_SIZE = 30;
    /** Zoom's largest page size. */
    public static final int MAX_PAGE_SIZE = 300;

    /** Meeting types the list shows (Zoom: no instant meetings). */
    private static final Set<Integer> LISTED_TYPES = Set.of(2, 3, 8);

    private static final Set<String> TYPES =
            Set.of("scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings");
    /** Documented filters the simulator does not implement; refused so no client silently relies on them. */
    private static final List<String> NOT_SIMULATED = List.of("from", "to", "timezone", "page_number");

    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::start).thenComparingLong(Entry::id);

    private ZoomMeetingList() {}

    /** The 200 body for the call, listing from {@code meetings} (all simulated Zoom meetings). */
    public static ObjectNode page(ApiCall call, List<ZoomMeeting> meetings) {
        SimRequest request = call.request();
        for (String name : NOT_SIMULATED) {
            if (request.query(name).isPresent()) {
                throw ApiRejection.invalid(
                        ZoomErrors.error(400, 300, "The simulator does not implement '" + name + "' of List meetings."),
                        "List meetings parameter '" + name + "' is not simulated");
            }
        }
        String type = request.query("type").orElse("scheduled");
        if (!TYPES.contains(type)) {
            throw invalidParameter("type", "'" + type + "' is not one of " + TYPES);
        }
        int pageSize = pageSize(request);
        Entry after = request.query("next_page_token")
                .filter(t -> !t.isEmpty())
                .map(t -> decode(t, type))
                .orElse(null);

        List<Entry> matching = new ArrayList<>();
        for (ZoomMeeting meeting : meetings) {
            if (!meeting.isDeleted() && meeting.account().equalsIgnoreCase(call.account())) {
                Entry entry = Entry.of(meeting.listItem());
                if (LISTED_TYPES.contains(entry.type()) && matches(type, entry, call.now())) {
                    matching.add(entry);
                }
            }
        }
        matching.sort(ORDER);
        List<Entry> rest = after == null
                ? matching
                : matching.stream().filter(e -> ORDER.compare(e, after) > 0).toList();
        List<Entry> page = rest.subList(0, Math.min(pageSize, rest.size()));

        ObjectNode body = Json.object();
        body.put("page_size", pageSize);
        body.put("total_records", matching.size());
        body.put("next_page_token", rest.size() > page.size() ? encode(type, page.get(page.size() - 1)) : "");
        ArrayNode items = body.putArray("meetings");
        page.forEach(e -> items.add(e.item()));
        return body;
    }

    private static boolean matches(String type, Entry entry, Instant now) {
        return switch (type) {
            case "upcoming", "upcoming_meetings" -> entry.end().isAfter(now);
            case "previous_meetings" -> !entry.end().isAfter(now);
            // the simulator never starts a meeting, so none is live
            case "live" -> false;
            default -> true;
        };
    }

    private static int pageSize(SimRequest request) {
        String text = request.query("page_size").orElse(String.valueOf(DEFAULT_PAGE_SIZE));
        int size;
        try {
            size = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalidParameter("page_size", "'" + text + "' is not an integer");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw invalidParameter("page_size", size + " is not between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private static String encode(String type, Entry last) {
        String plain = type + "|" + last.start() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Entry decode(String token, String type) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 3 && parts[0].equals(type)) {
                return new Entry(Instant.parse(parts[1]), Instant.parse(parts[1]), Long.parseLong(parts[2]), 0, null);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw badToken(token + " (" + e.getMessage() + ")");
        }
        throw badToken(token + " (not issued for type=" + type + ")");
    }

    private static ApiRejection badToken(String detail) {
        return ApiRejection.invalid(
                ZoomErrors.error(400, 300, "The next page token is invalid or expired."),
                "next_page_token " + detail + " was never issued by this simulator");
    }

    private static ApiRejection invalidParameter(String name, String detail) {
        return ApiRejection.invalid(
                ZoomErrors.error(400, 300, "Invalid parameter: " + name + "."),
                "List meetings " + name + ": " + detail);
    }

    /** A meeting as listed: the rendered item plus the values it is filtered and ordered by. */
    private record Entry(Instant start, Instant end, long id, int type, ObjectNode item) {

        static Entry of(ObjectNode item) {
            Instant start = Instant.parse(item.get("start_time").asText());
            return new Entry(
                    start,
                    start.plusSeconds(60L * item.get("duration").asLong()),
                    item.get("id").asLong(),
                    item.get("type").asInt(),
                    item);
        }
    }
}
