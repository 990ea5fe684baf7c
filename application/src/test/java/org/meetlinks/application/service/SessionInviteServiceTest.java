package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.BO_VIEWER;
import static org.meetlinks.application.service.Harness.confirmation;

import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.EventId;
import org.meetlinks.application.port.in.SessionInvite;
import org.meetlinks.domain.SessionId;

class SessionInviteServiceTest {
    private static final SessionId S1 = new SessionId("s-1");
    private final Harness h = new Harness();
    private final SessionInviteService invites = new SessionInviteService(
            h.db.store(),
            (session, link, cancelled) -> (cancelled ? "CANCEL" : "REQUEST") + " " + session.sequence(),
            h.settings);

    @Test
    void a_confirmed_session_downloads_a_request() {
        h.confirm(confirmation("ev-1", "s-1"));
        SessionInvite invite = invites.invite(S1, BO_VIEWER);
        assertThat(invite.method()).isEqualTo("REQUEST");
        assertThat(invite.calendar()).isEqualTo("REQUEST 0");
    }

    @Test
    void a_cancelled_session_downloads_its_cancellation_one_revision_after_the_last_request() {
        h.confirm(confirmation("ev-1", "s-1"));
        h.cancel.cancel(new CancelSessionCommand(new EventId("ev-2"), S1));
        SessionInvite invite = invites.invite(S1, BO_VIEWER);
        assertThat(invite.cancelled()).isTrue();
        assertThat(invite.method()).isEqualTo("CANCEL");
        assertThat(invite.calendar()).isEqualTo("CANCEL 1");
    }
}
