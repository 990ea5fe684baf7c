package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.MentorErasure;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.AuthorizationStart;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.EraseMentorDataPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

class MentorErasureServiceTest {
    private static final MentorId ADA = new MentorId("m-ada");
    private static final Viewer ADMIN = new Viewer("ops-1", Set.of("admin"));

    /** What the store holds about mentors: their sessions' mentor id, and other rows (connections, preference, mail). */
    private final List<String> sessionMentorIds = new ArrayList<>(List.of("m-ada", "m-ada", "m-bo"));

    private final Map<String, Integer> otherRows = new HashMap<>(Map.of("m-ada", 4, "m-bo", 2));
    private final Map<Platform, ProviderGrant> adasGrants = new HashMap<>();
    private final List<ProviderGrant> revoked = new ArrayList<>();
    private boolean zoomRevokeFails;

    private final AuthorizeProviderPort providers = new AuthorizeProviderPort() {
        @Override
        public AuthorizationStart begin(Platform platform, String state) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConnectedAccount exchange(Platform platform, MentorId mentorId, String code, String codeVerifier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revoke(ProviderGrant grant) {
            if (grant.platform() == Platform.ZOOM && zoomRevokeFails) {
                throw new MeetingProviderException(MeetingProviderException.Kind.TRANSIENT, Platform.ZOOM, "503");
            }
            revoked.add(grant);
        }
    };

    private final EraseMentorDataPort data = (mentorId, tombstone) -> {
        int anonymised = 0;
        for (int i = 0; i < sessionMentorIds.size(); i++) {
            if (sessionMentorIds.get(i).equals(mentorId.value())) {
                sessionMentorIds.set(i, tombstone);
                anonymised++;
            }
        }
        adasGrants.clear();
        Integer deleted = otherRows.remove(mentorId.value());
        return new EraseMentorDataPort.ErasedRows(anonymised, deleted == null ? 0 : deleted);
    };

    private final MentorErasureService service = new MentorErasureService(
            (mentor, platform) -> mentor.equals(ADA) ? Optional.ofNullable(adasGrants.get(platform)) : Optional.empty(),
            providers,
            data,
            new InMemoryBookings());

    private static ProviderGrant grant(Platform platform) {
        return new ProviderGrant(
                ADA, platform, "ada@example.org", "access", "refresh", Instant.parse("2030-01-01T00:00:00Z"), "scopes");
    }

    @Test
    void erasure_revokes_every_grant_at_its_provider_and_leaves_nothing_of_the_mentor() {
        adasGrants.put(Platform.GOOGLE_MEET, grant(Platform.GOOGLE_MEET));
        adasGrants.put(Platform.ZOOM, grant(Platform.ZOOM));

        MentorErasure erasure = service.erase(ADMIN, ADA);

        assertThat(revoked).extracting(ProviderGrant::platform).containsExactly(Platform.GOOGLE_MEET, Platform.ZOOM);
        assertThat(erasure).isEqualTo(new MentorErasure(2, 0, 2, 4));
        assertThat(sessionMentorIds).doesNotContain("m-ada").contains("m-bo");
        assertThat(sessionMentorIds.get(0)).startsWith("erased-").isEqualTo(sessionMentorIds.get(1));
        assertThat(otherRows).containsOnlyKeys("m-bo");
    }

    @Test
    void a_failed_revocation_does_not_stop_the_erasure() {
        adasGrants.put(Platform.ZOOM, grant(Platform.ZOOM));
        zoomRevokeFails = true;

        MentorErasure erasure = service.erase(ADMIN, ADA);

        assertThat(erasure.revocationsFailed()).isEqualTo(1);
        assertThat(sessionMentorIds).doesNotContain("m-ada");
    }

    @Test
    void erasing_again_is_no_error_and_does_nothing() {
        adasGrants.put(Platform.GOOGLE_MEET, grant(Platform.GOOGLE_MEET));
        service.erase(ADMIN, ADA);

        MentorErasure again = service.erase(ADMIN, ADA);

        assertThat(again.nothingLeft()).isTrue();
        assertThat(revoked).hasSize(1);
    }

    @Test
    void only_administrators_erase() {
        assertThatThrownBy(() -> service.erase(new Viewer("m-ada", Set.of("mentor")), ADA))
                .isInstanceOf(ForbiddenException.class);
        assertThat(sessionMentorIds).contains("m-ada");
    }
}
