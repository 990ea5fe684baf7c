package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RefreshClaim;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * The refresh protocol on real PostgreSQL: a claim is committed (another transaction sees it at once and gets no
 * claim, without waiting on a lock), the result is saved only if the grant is still the claimed one, and a claim
 * released or run out lets the next one in.
 */
class GrantRefreshTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final MentorId ADA = new MentorId("m-1");
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final TokenCipher CIPHER =
            new TokenCipher("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", Optional.empty());

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @BeforeEach
    void connectZoom() {
        grants(repo -> {
            repo.saveConnection(new ConnectedAccount(grant("access-1", "refresh-1"), "zoom-user-1", true));
            return Boolean.TRUE;
        });
    }

    @Test
    void a_claimed_refresh_is_visible_to_others_at_once_and_gives_them_no_second_claim() {
        RefreshClaim claim = claim(NOW).orElseThrow();

        assertThat(claim.grant().refreshToken()).contains("refresh-1");
        assertThat(claim(NOW.plusSeconds(1)))
                .as("a second refresher while the first holds its claim")
                .isEmpty();
    }

    @Test
    void the_refreshed_tokens_are_saved_and_the_claim_ends() {
        RefreshClaim claim = claim(NOW).orElseThrow();

        assertThat(complete(claim)).isTrue();

        ProviderGrant stored =
                grants(repo -> repo.loadGrant(ADA, Platform.ZOOM)).orElseThrow();
        assertThat(stored.accessToken()).isEqualTo("access-2");
        assertThat(stored.refreshToken()).contains("refresh-2");
        assertThat(claim(NOW.plusSeconds(1))).isPresent();
    }

    @Test
    void a_refresh_is_not_saved_over_a_grant_that_was_replaced_meanwhile() {
        RefreshClaim claim = claim(NOW).orElseThrow();
        grants(repo -> {
            repo.saveConnection(new ConnectedAccount(grant("access-new", "refresh-new"), "zoom-user-1", true));
            return Boolean.TRUE;
        });

        assertThat(complete(claim)).isFalse();
        assertThat(grants(repo -> repo.loadGrant(ADA, Platform.ZOOM))
                        .orElseThrow()
                        .accessToken())
                .isEqualTo("access-new");
    }

    @Test
    void a_released_claim_and_a_claim_whose_lease_ran_out_let_the_next_one_in() {
        RefreshClaim claim = claim(NOW).orElseThrow();
        grants(repo -> {
            repo.releaseRefresh(claim);
            return Boolean.TRUE;
        });
        assertThat(claim(NOW)).isPresent();

        assertThat(claim(NOW.plus(LEASE).plusSeconds(1)))
                .as("the holder died: its lease ran out")
                .isPresent();
    }

    @Test
    void a_disconnected_grant_cannot_be_claimed() {
        grants(repo -> {
            repo.forgetGrant(ADA, Platform.ZOOM);
            return Boolean.TRUE;
        });
        assertThat(claim(NOW)).isEmpty();
    }

    @Test
    void a_refresh_keeps_the_connection_s_grant_and_a_reconnect_brings_a_new_one() {
        String connected = grantId();
        assertThat(complete(claim(NOW).orElseThrow())).isTrue();
        assertThat(grantId()).as("a refresh").isEqualTo(connected);

        grants(repo -> {
            repo.saveConnection(new ConnectedAccount(grant("access-new", "refresh-new"), "zoom-user-1", true));
            return null;
        });

        assertThat(grantId()).as("a reconnect").isNotEqualTo(connected);
    }

    private static String grantId() {
        return db.inTransaction(em -> new ConnectionRepository(em).loadConnections(ADA)).stream()
                .filter(c -> c.platform() == Platform.ZOOM)
                .findFirst()
                .orElseThrow()
                .grantId()
                .orElseThrow();
    }

    private static boolean complete(RefreshClaim claim) {
        Boolean saved = grants(repo -> repo.completeRefresh(claim, grant("access-2", "refresh-2"), NOW));
        return saved;
    }

    private static Optional<RefreshClaim> claim(Instant at) {
        return grants(repo -> repo.claimRefresh(ADA, Platform.ZOOM, at, LEASE));
    }

    private static <T> T grants(Function<GrantRepository, T> work) {
        return db.inTransaction(em -> work.apply(new GrantRepository(em, CIPHER, Clock.fixed(NOW, ZoneOffset.UTC))));
    }

    private static ProviderGrant grant(String access, String refresh) {
        return new ProviderGrant(
                ADA, Platform.ZOOM, "ada@example.org", access, refresh, NOW.plusSeconds(3600), "meeting:write:meeting");
    }
}
