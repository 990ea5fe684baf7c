package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of mentoring_session. */
@Entity
@Table(name = "mentoring_session")
class SessionEntity {
    @Id
    @Column(name = "session_id")
    String sessionId;

    @Column(name = "mentor_id")
    String mentorId;

    @Column(name = "mentor_name")
    String mentorName;

    @Column(name = "mentor_email")
    String mentorEmail;

    @Column(name = "mentor_time_zone")
    String mentorTimeZone;

    @Column(name = "mentee_id")
    String menteeId;

    @Column(name = "mentee_name")
    String menteeName;

    @Column(name = "mentee_email")
    String menteeEmail;
    /** Null when the booking did not say. */
    @Column(name = "mentee_time_zone")
    String menteeTimeZone;

    @Column(name = "starts_at")
    Instant startsAt;

    @Column(name = "ends_at")
    Instant endsAt;

    @Column(name = "time_zone")
    String timeZone;

    String topic;
    int sequence;
    String state;

    @Column(name = "last_change_at")
    Instant lastChangeAt;

    @Version
    long version;
}
