package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.oauth.TokenFactory;

/** One simulated Zoom meeting; all access is synchronized on the meeting. */
public final class ZoomMeeting {

    /** Zoom's List meetings cuts agendas to this many characters. */
    public static final int LISTED_AGENDA_LENGTH = 250;

    private final long id;
    private final String uuid;
    private final String account;
    private final Instant createdAt;
    private final String startUrlToken;
    private final String joinHost;
    private String topic;
    private int type;
    private Instant startTime;
    private int duration;
    private String timezone;
    private String agenda;
    private ZoomPasscode passcode;
    private ObjectNode settings;
    private boolean deleted;

    /** Creates a meeting from already validated values; its join link lives on {@code joinHost}. */
    public ZoomMeeting(long id, String account, Instant createdAt, ZoomMeetingValues values, String joinHost) {
        this.id = id;
        this.joinHost = joinHost;
        this.uuid = TokenFactory.random("", 16).substring(0, 22) + "==";
        this.account = account;
        this.createdAt = createdAt;
        this.startUrlToken = TokenFactory.random("eyJzaW0iOiJ6YWsifQ.", 48);
        this.topic = values.topic() == null ? "Zoom Meeting" : values.topic();
        this.type = values.type() == null ? 2 : values.type();
        this.startTime = values.startTime() == null ? createdAt.truncatedTo(ChronoUnit.SECONDS) : values.startTime();
        this.duration = values.duration() == null ? 60 : values.duration();
        this.timezone = values.timezone() == null ? ZoomUser.ACCOUNT_TIMEZONE : values.timezone();
        this.agenda = values.agenda() == null ? "" : values.agenda();
        this.passcode = values.password() == null ? ZoomPasscode.random() : ZoomPasscode.of(values.password());
        this.settings = ZoomMeetingSettings.forCreate(values.settings());
    }

    /** Meeting number. */
    public long id() {
        return id;
    }

    /** Host account e-mail. */
    public String account() {
        return account;
    }

    /** Whether it was deleted. */
    public synchronized boolean isDeleted() {
        return deleted;
    }

    /** Marks it deleted. */
    public synchronized void delete() {
        deleted = true;
    }

    /** Current time zone (used for a PATCHed local start_time without timezone). */
    public synchronized String timezone() {
        return timezone;
    }

    /** Applies a PATCH: only the given fields change. */
    public synchronized void update(ZoomMeetingValues values) {
        if (values.topic() != null) {
            topic = values.topic();
        }
        if (values.type() != null) {
            type = values.type();
        }
        if (values.startTime() != null) {
            startTime = values.startTime();
        }
        if (values.duration() != null) {
            duration = values.duration();
        }
        if (values.timezone() != null) {
            timezone = values.timezone();
        }
        if (values.agenda() != null) {
            agenda = values.agenda();
        }
        if (values.password() != null) {
            passcode = ZoomPasscode.of(values.password());
        }
        if (values.settings() != null) {
            settings.setAll(values.settings().deepCopy());
        }
    }

    /** The create (201) or GET (200) body; GET adds uuid, host_id and status. */
    public synchronized ObjectNode render(boolean forGet) {
        ObjectNode n = Json.object();
        if (forGet) {
            n.put("uuid", uuid);
        }
        n.put("id", id);
        if (forGet) {
            n.put("host_id", ZoomUser.idOf(account));
        }
        n.put("host_email", account);
        n.put("topic", topic);
        n.put("type", type);
        if (forGet) {
            n.put("status", "waiting");
        }
        n.put("start_time", startTime.truncatedTo(ChronoUnit.SECONDS).toString());
        n.put("duration", duration);
        n.put("timezone", timezone);
        n.put("agenda", agenda);
        n.put("created_at", createdAt.truncatedTo(ChronoUnit.SECONDS).toString());
        n.put("start_url", "https://" + joinHost + "/s/" + id + "?zak=" + startUrlToken);
        n.put("join_url", joinUrl());
        n.put("password", passcode.plain());
        n.put("h323_password", passcode.numeric());
        n.put("pstn_password", passcode.numeric());
        n.put("encrypted_password", passcode.encrypted());
        n.set("settings", settings.deepCopy());
        n.put("pre_schedule", false);
        return n;
    }

    /**
     * One entry of Zoom's List meetings answer. Like Zoom, the agenda is cut to {@link #LISTED_AGENDA_LENGTH}
     * characters there and left out when empty.
     */
    public synchronized ObjectNode listItem() {
        ObjectNode n = eventObject();
        if (!agenda.isEmpty()) {
            n.put(
                    "agenda",
                    agenda.length() > LISTED_AGENDA_LENGTH ? agenda.substring(0, LISTED_AGENDA_LENGTH) : agenda);
        }
        n.put("created_at", createdAt.truncatedTo(ChronoUnit.SECONDS).toString());
        n.put("join_url", joinUrl());
        return n;
    }

    /**
     * The meeting as Zoom's meeting events carry it in {@code payload.object} (and {@code old_object}): id, uuid,
     * host_id, topic, type, start_time (GMT), duration and timezone.
     */
    public synchronized ObjectNode eventObject() {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("uuid", uuid);
        n.put("host_id", ZoomUser.idOf(account));
        n.put("topic", topic);
        n.put("type", type);
        n.put("start_time", startTime.truncatedTo(ChronoUnit.SECONDS).toString());
        n.put("duration", duration);
        n.put("timezone", timezone);
        return n;
    }

    /** One row of GET /__sim/meetings. */
    public synchronized ObjectNode listing() {
        ObjectNode n = Json.object();
        n.put("provider", "zoom");
        n.put("id", String.valueOf(id));
        n.putNull("clientEventId");
        n.putNull("requestId");
        n.put("account", account);
        n.put("start", startTime.truncatedTo(ChronoUnit.SECONDS).toString());
        n.put("durationMinutes", duration);
        n.put("title", topic);
        n.put("agenda", agenda);
        n.put("joinUrl", joinUrl());
        n.put("deleted", deleted);
        n.put("createdAt", createdAt.toString());
        return n;
    }

    private String joinUrl() {
        return "https://" + joinHost + "/j/" + id + "?pwd=" + passcode.encrypted();
    }
}
