package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of meeting_link. */
@Entity
@Table(name = "meeting_link")
class MeetingLinkEntity {
    @Id
    UUID id;

    @Column(name = "session_id")
    String sessionId;

    @Column(name = "join_token")
    String joinToken;

    String status;
    String platform;
    String url;

    @Column(name = "creator_id")
    String creatorId;

    @Column(name = "external_meeting_id")
    String externalMeetingId;

    @Column(name = "failure_reason")
    String failureReason;

    int attempts;

    @Column(name = "lease_until")
    Instant leaseUntil;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "meeting_may_exist")
    boolean meetingMayExist;

    @Column(name = "last_failure")
    String lastFailure;

    @Column(name = "failing_since")
    Instant failingSince;

    @Column(name = "mentor_asked_at")
    Instant mentorAskedAt;

    @Version
    long version;
}
