package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.in.DeauthorizeAccountUseCase;
import org.meetlinks.application.port.out.FindConnectionByAccountPort;
import org.meetlinks.application.port.out.LoadUpcomingProviderLinksPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/**
 * A user removed meetlinks from their provider account: forget the tokens, mark the connection DISCONNECTED and
 * send the mentor's upcoming sessions made with it down the normal path again (the background sweep regenerates
 * them), all in one transaction. The provider revoked the tokens itself, so nothing is revoked here.
 */
public final class AccountDeauthorizationService implements DeauthorizeAccountUseCase {
    private static final System.Logger LOG = System.getLogger(AccountDeauthorizationService.class.getName());

    private final FindConnectionByAccountPort accounts;
    private final SaveProviderGrantPort grants;
    private final LoadUpcomingProviderLinksPort upcoming;
    private final SaveMeetingLinkPort links;
    private final RunTransactionPort transactions;
    private final Clock clock;

    public AccountDeauthorizationService(
            FindConnectionByAccountPort accounts,
            SaveProviderGrantPort grants,
            LoadUpcomingProviderLinksPort upcoming,
            SaveMeetingLinkPort links,
            RunTransactionPort transactions,
            Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.upcoming = upcoming;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int accountDeauthorized(Platform platform, String accountId) {
        Optional<Integer> returned = transactions.inTransaction(() ->
                accounts.findConnectionByAccount(platform, accountId).map(connection -> forget(connection, accountId)));
        if (returned.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "{0} deauthorized account {1}, which no mentor has connected; nothing to do",
                    platform,
                    accountId);
        }
        return returned.orElse(0);
    }

    private int forget(ProviderConnection connection, String accountId) {
        Instant now = clock.instant();
        grants.forgetGrant(connection.mentorId(), connection.platform());
        List<MeetingLink> made = upcoming.loadUpcomingProviderLinks(connection.mentorId(), connection.platform(), now);
        for (MeetingLink link : made) {
            link.returnToGeneration(now);
            links.updateLink(link);
        }
        LOG.log(
                Level.INFO,
                "{0} account {1} of mentor {2} was deauthorized: tokens deleted, {3} upcoming sessions get "
                        + "a new link",
                connection.platform(),
                accountId,
                connection.mentorId(),
                made.size());
        return made.size();
    }
}
