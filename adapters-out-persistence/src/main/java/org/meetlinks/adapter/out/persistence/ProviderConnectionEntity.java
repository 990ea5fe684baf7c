package org.meetlinks.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Row of provider_connection (tokens encrypted). */
@Entity
@Table(name = "provider_connection")
@IdClass(ProviderConnectionKey.class)
class ProviderConnectionEntity {
    @Id
    @Column(name = "mentor_id")
    String mentorId;

    @Id
    String platform;

    @Column(name = "account_email")
    String accountEmail;

    String status;

    @Column(name = "status_reason")
    String statusReason;

    @Column(name = "access_token_enc")
    byte[] accessTokenEnc;

    @Column(name = "refresh_token_enc")
    byte[] refreshTokenEnc;

    @Column(name = "access_expires_at")
    Instant accessExpiresAt;

    String scopes;

    @Column(name = "account_id")
    String accountId;

    @Column(name = "meetings_allowed")
    boolean meetingsAllowed;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "grant_id")
    java.util.UUID grantId;

    @Version
    long version;
}
