package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of mentor_preference. */
@Entity
@Table(name = "mentor_preference")
class MentorPreferenceEntity {
    @Id
    @Column(name = "mentor_id")
    String mentorId;

    @Column(name = "default_platform")
    String defaultPlatform;

    @Column(name = "updated_at")
    Instant updatedAt;
}
