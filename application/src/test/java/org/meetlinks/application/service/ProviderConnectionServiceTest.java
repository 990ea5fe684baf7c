package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.BrowserBinding;
import org.meetlinks.application.port.in.ConnectionView;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.ForeignBrowserException;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.AuthorizationStart;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.KeepAuthorizationStatePort;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.MissingPermissionsException;
import org.meetlinks.application.port.out.PendingAuthorization;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.ProviderPermission;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

class ProviderConnectionServiceTest {
    private static final Viewer ADA = new Viewer("m-1", Set.of("mentor"));
    private final Harness h = new Harness();
    private final Map<String, PendingAuthorization> states = new HashMap<>();
    private final List<ProviderGrant> saved = new ArrayList<>();
    private final List<ProviderGrant> revoked = new ArrayList<>();
    private final List<String> exchanged = new ArrayList<>();
    private final List<MentorId> regenerated = new ArrayList<>();
    private List<ProviderPermission> withheld = List.of();
    private boolean meetAllowed = true;
    private String consentingAccount = "ada@example.org";

    private final AuthorizeProviderPort oauth = new AuthorizeProviderPort() {
        @Override
        public AuthorizationStart begin(Platform platform, String state) {
            return new AuthorizationStart(
                    URI.create("https://provider.example/auth?state=" + state), "verifier-" + state);
        }

        @Override
        public ConnectedAccount exchange(Platform platform, MentorId mentorId, String code, String codeVerifier) {
            exchanged.add(code);
            assertThat(codeVerifier).startsWith("verifier-");
            if (!withheld.isEmpty()) {
                throw new MissingPermissionsException(platform, withheld);
            }
            return new ConnectedAccount(
                    new ProviderGrant(
                            mentorId,
                            platform,
                            consentingAccount,
                            "access",
                            "refresh",
                            Instant.now().plusSeconds(3600),
                            "scope"),
                    "acct-1",
                    meetAllowed);
        }

        @Override
        public void revoke(ProviderGrant grant) {
            revoked.add(grant);
        }
    };
    private final KeepAuthorizationStatePort stateStore = new KeepAuthorizationStatePort() {
        @Override
        public void remember(PendingAuthorization authorization) {
            states.put(authorization.state(), authorization);
        }

        @Override
        public Optional<PendingAuthorization> takeOnce(String state, Instant now) {
            return Optional.ofNullable(states.remove(state))
                    .filter(a -> a.expiresAt().isAfter(now));
        }
    };
    private final LoadProviderGrantPort grants = (mentor, platform) -> saved.stream()
            .filter(g -> g.mentorId().equals(mentor) && g.platform() == platform)
            .findFirst();
    private final SaveProviderGrantPort saveGrants = new SaveProviderGrantPort() {
        @Override
        public void saveConnection(ConnectedAccount account) {
            saved.add(account.grant());
            h.db.connect(new ProviderConnection(
                    account.grant().mentorId(),
                    account.grant().platform(),
                    account.grant().accountEmail(),
                    ConnectionStatus.CONNECTED,
                    account.meetingsAllowed(),
                    h.clock.instant()));
        }

        @Override
        public void forgetGrant(MentorId mentorId, Platform platform) {
            saved.removeIf(g -> g.mentorId().equals(mentorId) && g.platform() == platform);
        }
    };
    private final ProviderConnectionService service = new ProviderConnectionService(
            oauth,
            stateStore,
            saveGrants,
            h.db,
            (mentor, now) -> {
                regenerated.add(mentor);
                return 1;
            },
            h.db,
            h.emailLinks,
            new RelinkWait(h.db, h.clock::advance, java.time.Duration.ofSeconds(3)),
            h.clock);
    private final ManageConnectionsService manage = new ManageConnectionsService(oauth, grants, saveGrants, h.db, h.db);

    private static final BrowserBinding ADAS_BROWSER = BrowserBinding.fresh();

    private String stateOf(URI consentUrl) {
        return consentUrl.getQuery().substring("state=".length());
    }

    @Test
    void a_connect_round_trip_saves_the_grant_and_regenerates_waiting_sessions() {
        String state = stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER));
        assertThat(state).hasSizeGreaterThanOrEqualTo(43);

        ConnectionView view = service.completeConnect(Platform.GOOGLE_MEET, state, "code-1", ADAS_BROWSER)
                .connection();

        assertThat(view.status()).isEqualTo("CONNECTED");
        assertThat(saved).singleElement().extracting(ProviderGrant::mentorId).isEqualTo(new MentorId("m-1"));
        assertThat(regenerated).containsExactly(new MentorId("m-1"));
    }

    @Test
    void a_consent_without_a_needed_permission_stores_nothing_and_regenerates_nothing() {
        withheld = List.of(ProviderPermission.GOOGLE_CALENDAR_EVENTS);
        String state = stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER));

        assertThatThrownBy(() -> service.completeConnect(Platform.GOOGLE_MEET, state, "code-1", ADAS_BROWSER))
                .isInstanceOf(MissingPermissionsException.class);

        assertThat(saved).isEmpty();
        assertThat(regenerated).isEmpty();
        assertThat(manage.connections(ADA))
                .extracting(ConnectionView::status)
                .containsExactly(ConnectionView.NOT_CONNECTED, ConnectionView.NOT_CONNECTED);
    }

    @Test
    void an_account_with_meet_turned_off_is_connected_but_says_why_it_makes_no_meetings() {
        meetAllowed = false;
        ConnectionView view = service.completeConnect(
                        Platform.GOOGLE_MEET,
                        stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER)),
                        "code-1",
                        ADAS_BROWSER)
                .connection();

        assertThat(view.meetingsAllowed()).isFalse();
        ConnectionView listed = manage.connections(ADA).get(0);
        assertThat(listed.status()).isEqualTo("CONNECTED");
        assertThat(listed.meetingsAllowed()).isFalse();
        assertThat(listed.reason())
                .contains("Google Meet is turned off for this Google account: ask your Workspace admin, or use Zoom");
    }

    @Test
    void a_state_works_once_for_its_own_platform_and_not_after_it_expired() {
        String state = stateOf(service.beginConnect(ADA, Platform.ZOOM, ADAS_BROWSER));
        assertThatThrownBy(() -> service.completeConnect(Platform.GOOGLE_MEET, state, "c", ADAS_BROWSER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.completeConnect(Platform.ZOOM, state, "c", ADAS_BROWSER))
                .isInstanceOf(NotFoundException.class);

        String late = stateOf(service.beginConnect(ADA, Platform.ZOOM, ADAS_BROWSER));
        h.clock.advance(Duration.ofMinutes(11));
        assertThatThrownBy(() -> service.completeConnect(Platform.ZOOM, late, "c", ADAS_BROWSER))
                .isInstanceOf(NotFoundException.class);
        assertThat(saved).isEmpty();
    }

    @Test
    void only_mentors_connect_and_both_providers_are_always_listed() {
        assertThatThrownBy(() -> service.beginConnect(new Viewer("e-9", Set.of("mentee")), Platform.ZOOM, ADAS_BROWSER))
                .isInstanceOf(ForbiddenException.class);
        assertThat(manage.connections(ADA))
                .extracting(ConnectionView::status)
                .containsExactly(ConnectionView.NOT_CONNECTED, ConnectionView.NOT_CONNECTED);
    }

    @Test
    void disconnect_revokes_then_forgets() {
        service.completeConnect(
                Platform.ZOOM, stateOf(service.beginConnect(ADA, Platform.ZOOM, ADAS_BROWSER)), "c", ADAS_BROWSER);
        manage.disconnect(ADA, Platform.ZOOM);
        assertThat(revoked).hasSize(1);
        assertThat(saved).isEmpty();
    }

    @Test
    void a_consent_url_forwarded_to_a_browser_without_the_cookie_stores_nothing() {
        String state = stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER));

        assertThatThrownBy(() ->
                        service.completeConnect(Platform.GOOGLE_MEET, state, "code-of-bo", BrowserBinding.missing()))
                .isInstanceOf(ForeignBrowserException.class);

        assertThat(saved).isEmpty();
        assertThat(exchanged).isEmpty();
        assertThat(regenerated).isEmpty();
    }

    @Test
    void a_consent_url_forwarded_to_a_browser_with_its_own_connect_cookie_stores_nothing() {
        String adasState = stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER));
        BrowserBinding bosBrowser = BrowserBinding.fresh();
        service.beginConnect(new Viewer("m-2", Set.of("mentor")), Platform.GOOGLE_MEET, bosBrowser);

        assertThatThrownBy(() -> service.completeConnect(Platform.GOOGLE_MEET, adasState, "code-of-bo", bosBrowser))
                .isInstanceOf(ForeignBrowserException.class);
        assertThat(saved).isEmpty();
        assertThat(exchanged).isEmpty();
        // The state was used up: not even the right browser can finish it now; Ada starts again.
        assertThatThrownBy(() -> service.completeConnect(Platform.GOOGLE_MEET, adasState, "code", ADAS_BROWSER))
                .isInstanceOf(NotFoundException.class);
    }

    private String reconnectToken() {
        return InMemoryEmailLinks.tokenOf(h.emailLinks.reconnectUrl(new MentorId("m-1"), Platform.GOOGLE_MEET));
    }

    @Test
    void the_emailed_reconnect_link_connects_its_mentor_without_signing_in_and_is_spent_by_it() {
        service.completeConnect(
                Platform.GOOGLE_MEET,
                stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER)),
                "code-0",
                ADAS_BROWSER);
        String token = reconnectToken();

        String state = stateOf(service.beginReconnect(token, ADAS_BROWSER));
        assertThat(states.get(state).mentorId()).isEqualTo(new MentorId("m-1"));
        assertThat(states.get(state).platform()).isEqualTo(Platform.GOOGLE_MEET);
        var done = service.completeConnect(Platform.GOOGLE_MEET, state, "code-1", ADAS_BROWSER);

        assertThat(done.fromEmail()).isTrue();
        assertThat(done.sessionsWaiting()).isEqualTo(1);
        assertThat(done.sessionsLinked()).isEqualTo(1);
        assertThat(saved).hasSize(2);
        assertThatThrownBy(() -> service.beginReconnect(token, ADAS_BROWSER))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmailLinkRefusedException.Reason.USED));
    }

    @Test
    void opening_the_emailed_link_twice_spends_it_once_and_the_later_consent_stores_nothing() {
        String token = reconnectToken();
        String first = stateOf(service.beginReconnect(token, ADAS_BROWSER));
        String second = stateOf(service.beginReconnect(token, ADAS_BROWSER));

        service.completeConnect(Platform.GOOGLE_MEET, first, "code-1", ADAS_BROWSER);
        assertThatThrownBy(() -> service.completeConnect(Platform.GOOGLE_MEET, second, "code-2", ADAS_BROWSER))
                .isInstanceOf(EmailLinkRefusedException.class);
        assertThat(saved).hasSize(1);
        assertThat(revoked).hasSize(1);
    }

    @Test
    void an_emailed_reconnect_consented_with_another_account_stores_nothing_and_leaves_the_link_usable() {
        service.completeConnect(
                Platform.GOOGLE_MEET,
                stateOf(service.beginConnect(ADA, Platform.GOOGLE_MEET, ADAS_BROWSER)),
                "code-0",
                ADAS_BROWSER);
        String token = reconnectToken();
        consentingAccount = "mallory@example.org";

        assertThatThrownBy(() -> service.completeConnect(
                        Platform.GOOGLE_MEET,
                        stateOf(service.beginReconnect(token, ADAS_BROWSER)),
                        "code-m",
                        ADAS_BROWSER))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmailLinkRefusedException.Reason.OTHER_ACCOUNT));
        assertThat(saved).extracting(ProviderGrant::accountEmail).containsExactly("ada@example.org");
        assertThat(revoked).extracting(ProviderGrant::accountEmail).containsExactly("mallory@example.org");

        consentingAccount = "Ada@example.org";
        assertThat(service.completeConnect(
                                Platform.GOOGLE_MEET,
                                stateOf(service.beginReconnect(token, ADAS_BROWSER)),
                                "code-1",
                                ADAS_BROWSER)
                        .fromEmail())
                .isTrue();
    }

    @Test
    void an_expired_emailed_reconnect_link_starts_no_consent() {
        String token = reconnectToken();
        h.clock.advance(java.time.Duration.ofDays(7));

        assertThatThrownBy(() -> service.beginReconnect(token, ADAS_BROWSER))
                .isInstanceOfSatisfying(
                        EmailLinkRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(EmailLinkRefusedException.Reason.EXPIRED));
        assertThat(states).isEmpty();
    }

    @Test
    void a_connect_from_the_mentor_page_is_not_from_email_and_does_not_wait() {
        var done = service.completeConnect(
                Platform.ZOOM, stateOf(service.beginConnect(ADA, Platform.ZOOM, ADAS_BROWSER)), "c", ADAS_BROWSER);
        assertThat(done.fromEmail()).isFalse();
        assertThat(done.sessionsLinked()).isZero();
    }
}
