package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.meetlinks.domain.FailureKind;

/** Every way a run can end is storable as a link's last failure (the column's size and check follow the enum). */
class FailureKindsStoredTest {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @BeforeAll
    static void start() throws Exception {
        db.inTransaction(em -> {
            em.createNativeQuery("""
                            insert into mentoring_session (session_id, mentor_id, mentor_name, mentor_email,
                                mentor_time_zone, mentee_id, mentee_name, mentee_email, starts_at, ends_at, time_zone,
                                topic, sequence, state)
                            values ('s-kinds', 'm-1', 'Ada', 'ada@example.org', 'UTC', 'e-9', 'Bo', 'bo@example.org',
                                ?1, ?2, 'UTC', 'Career chat', 0, 'CONFIRMED')""")
                    .setParameter(1, Timestamps.utc(Instant.parse("2026-12-01T15:00:00Z")))
                    .setParameter(2, Timestamps.utc(Instant.parse("2026-12-01T16:00:00Z")))
                    .executeUpdate();
            return em.createNativeQuery("""
                            insert into meeting_link (id, session_id, join_token, status, attempts, created_at,
                                updated_at, version)
                            values (gen_random_uuid(), 's-kinds', 'token-kinds', 'PENDING', 1, now(), now(), 0)""").executeUpdate();
        });
    }

    @ParameterizedTest
    @EnumSource(FailureKind.class)
    void each_failure_kind_fits_the_column(FailureKind kind) {
        int updated = db.inTransaction(
                em -> em.createNativeQuery("update meeting_link set last_failure = ?1 where session_id = 's-kinds'")
                        .setParameter(1, kind.name())
                        .executeUpdate());

        assertThat(updated).isEqualTo(1);
    }
}
