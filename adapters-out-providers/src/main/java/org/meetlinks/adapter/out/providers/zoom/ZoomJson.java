package org.meetlinks.adapter.out.providers.zoom;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/** The JSON shapes of the Zoom API calls this adapter makes (absent fields are null). */
public final class ZoomJson {
    private ZoomJson() {}

    /** Body of {@code POST /users/me/meetings}. */
    public record MeetingCreate(
            String topic,
            Integer type,
            @JsonbProperty("start_time") String startTime,
            Integer duration,
            String timezone,
            String agenda,
            @JsonbProperty("default_password") Boolean defaultPassword,
            Settings settings) {}

    /** Meeting settings we set on create. */
    public record Settings(
            @JsonbProperty("join_before_host") Boolean joinBeforeHost,
            @JsonbProperty("waiting_room") Boolean waitingRoom) {}

    /** Body of {@code PATCH /meetings/{id}} (only the fields that change on a reschedule). */
    public record MeetingPatch(
            String topic, @JsonbProperty("start_time") String startTime, Integer duration, String timezone) {}

    /** The 201 answer of a create: the int64 meeting number and the join URL. */
    public record Meeting(
            Long id,
            @JsonbProperty("join_url") String joinUrl,
            String topic,
            @JsonbProperty("start_time") String startTime) {}

    /** What {@code GET /meetings/{id}} tells about when a meeting is: its start (GMT) and length in minutes. */
    public record ScheduledMeeting(
            Long id, @JsonbProperty("start_time") String startTime, Integer duration, String status) {}

    /** One page of {@code GET /users/me/meetings}; {@code nextPageToken} is empty or null on the last page. */
    public record MeetingList(
            @JsonbProperty("next_page_token") String nextPageToken,
            @JsonbProperty("total_records") Integer totalRecords,
            List<ListedMeeting> meetings) {}

    /** A meeting as List meetings shows it (Zoom cuts the agenda to 250 characters there, or leaves it out). */
    public record ListedMeeting(
            Long id,
            String topic,
            @JsonbProperty("start_time") String startTime,
            String agenda,
            @JsonbProperty("join_url") String joinUrl) {}

    /** {@code GET /users/me}: who the token belongs to. */
    public record User(String id, String email) {}

    /** Zoom's error body: {@code {"code": 3001, "message": "..."}}. */
    public record ErrorBody(Integer code, String message) {}
}
