package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.meetlinks.application.port.in.BrowserBinding;
import org.meetlinks.application.port.in.CompletedConnect;
import org.meetlinks.application.port.in.ConnectProviderUseCase;
import org.meetlinks.application.port.in.ConnectionView;
import org.meetlinks.application.port.in.EmailLinkRefusedException;
import org.meetlinks.application.port.in.ForeignBrowserException;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.ReconnectFromEmailUseCase;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.AuthorizationStart;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.EmailLinkPurpose;
import org.meetlinks.application.port.out.KeepAuthorizationStatePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.PendingAuthorization;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.application.port.out.ScheduleRegenerationPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/**
 * Connecting mentors' Google and Zoom accounts: OAuth with state and PKCE, from the mentor page or an emailed
 * reconnect link ({@link ManageConnectionsService} lists and disconnects them).
 */
public final class ProviderConnectionService implements ConnectProviderUseCase, ReconnectFromEmailUseCase {
    private static final System.Logger LOG = System.getLogger(ProviderConnectionService.class.getName());
    static final Duration STATE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthorizeProviderPort oauth;
    private final GrantRevocation revocation;
    private final KeepAuthorizationStatePort states;
    private final SaveProviderGrantPort saveGrants;
    private final LoadProviderConnectionsPort connections;
    private final ScheduleRegenerationPort regeneration;
    private final RunTransactionPort transactions;
    private final EmailLinks emailLinks;
    private final RelinkWait relinkWait;
    private final Clock clock;

    public ProviderConnectionService(
            AuthorizeProviderPort oauth,
            KeepAuthorizationStatePort states,
            SaveProviderGrantPort saveGrants,
            LoadProviderConnectionsPort connections,
            ScheduleRegenerationPort regeneration,
            RunTransactionPort transactions,
            EmailLinks emailLinks,
            RelinkWait relinkWait,
            Clock clock) {
        this.oauth = oauth;
        this.revocation = new GrantRevocation(oauth);
        this.states = states;
        this.saveGrants = saveGrants;
        this.connections = connections;
        this.regeneration = regeneration;
        this.transactions = transactions;
        this.emailLinks = emailLinks;
        this.relinkWait = relinkWait;
        this.clock = clock;
    }

    @Override
    public URI beginConnect(Viewer mentor, Platform platform, BrowserBinding browser) {
        MentorId mentorId = Mentors.require(mentor);
        requireProvider(platform);
        return begin(mentorId, platform, browser, "");
    }

    @Override
    public URI beginReconnect(String token, BrowserBinding browser) {
        EmailLink link = transactions.inTransaction(() -> emailLinks.usable(token, EmailLinkPurpose.RECONNECT));
        return begin(link.mentorId(), link.platform(), browser, link.tokenHash());
    }

    private URI begin(MentorId mentorId, Platform platform, BrowserBinding browser, String emailLinkHash) {
        String state = randomState();
        AuthorizationStart start = oauth.begin(platform, state);
        transactions.runInTransaction(() -> states.remember(new PendingAuthorization(
                state,
                mentorId,
                platform,
                start.codeVerifier(),
                clock.instant().plus(STATE_LIFETIME),
                browser.fingerprint(),
                emailLinkHash)));
        return start.authorizationUrl();
    }

    @Override
    public CompletedConnect completeConnect(Platform platform, String state, String code, BrowserBinding browser) {
        Instant now = clock.instant();
        PendingAuthorization pending = transactions
                .inTransaction(() -> states.takeOnce(state, now))
                .filter(p -> p.platform() == platform)
                .orElseThrow(() -> new NotFoundException(
                        "this connect attempt is unknown, expired or already used; start again from the mentor page"));
        if (!browser.matches(pending.browserFingerprint())) {
            LOG.log(
                    Level.WARNING,
                    "A {0} connect of mentor {1} came back in another browser ({2}); nothing stored",
                    platform,
                    pending.mentorId(),
                    browser);
            throw new ForeignBrowserException(
                    "this consent link was opened in a browser that did not start the connect");
        }
        ConnectedAccount account = oauth.exchange(platform, pending.mentorId(), code, pending.codeVerifier());
        if (pending.fromEmail()) {
            requireSameAccount(pending, account);
        }
        int scheduled;
        try {
            scheduled = transactions.inTransaction(() -> {
                if (pending.fromEmail()) {
                    emailLinks.spend(pending.emailLinkHash(), now);
                }
                saveGrants.saveConnection(account);
                return regeneration.retryAwaitingLinksOf(pending.mentorId(), now);
            });
        } catch (EmailLinkRefusedException e) {
            revocation.revoke(account.grant());
            throw e;
        }
        LOG.log(
                Level.INFO,
                "Mentor {0} connected {1} (meetings allowed: {2}, from an emailed link: {3}); {4} sessions "
                        + "waiting for a link will be regenerated",
                pending.mentorId(),
                platform,
                account.meetingsAllowed(),
                pending.fromEmail(),
                scheduled);
        ConnectionView view = ConnectionViews.justConnected(platform, account);
        int linked = pending.fromEmail() ? relinkWait.linked(pending.mentorId(), scheduled, transactions, clock) : 0;
        return new CompletedConnect(view, pending.fromEmail(), scheduled, linked);
    }

    /**
     * An emailed link reconnects the account that was connected, not another one: whoever else opens a forwarded
     * reconnect email cannot put their own account behind the mentor's sessions.
     */
    private void requireSameAccount(PendingAuthorization pending, ConnectedAccount account) {
        Optional<String> connected = connections.loadConnections(pending.mentorId()).stream()
                .filter(c -> c.platform() == pending.platform())
                .map(ProviderConnection::accountEmail)
                .findFirst();
        if (connected.isPresent()
                && !connected.get().equalsIgnoreCase(account.grant().accountEmail())) {
            LOG.log(
                    Level.WARNING,
                    "An emailed {0} reconnect of mentor {1} consented with another account; nothing stored",
                    pending.platform(),
                    pending.mentorId());
            revocation.revoke(account.grant());
            throw new EmailLinkRefusedException(
                    EmailLinkRefusedException.Reason.OTHER_ACCOUNT,
                    "this link reconnects " + connected.get() + ", not another account");
        }
    }

    static void requireProvider(Platform platform) {
        if (!platform.isProvider()) {
            throw new NotFoundException("no such provider");
        }
    }

    private static String randomState() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
