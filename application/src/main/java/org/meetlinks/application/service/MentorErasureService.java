package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.meetlinks.application.port.in.EraseMentorUseCase;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.MentorErasure;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.EraseMentorDataPort;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * Erases a mentor on an administrator's request: revokes each connected grant at its provider (a failed revocation
 * is logged and does not stop the erasure), then deletes or anonymises everything stored about them. Logged.
 */
public final class MentorErasureService implements EraseMentorUseCase {
    private static final System.Logger LOG = System.getLogger(MentorErasureService.class.getName());
    private final LoadProviderGrantPort grants;
    private final AuthorizeProviderPort providers;
    private final EraseMentorDataPort data;
    private final RunTransactionPort transactions;

    public MentorErasureService(
            LoadProviderGrantPort grants,
            AuthorizeProviderPort providers,
            EraseMentorDataPort data,
            RunTransactionPort transactions) {
        this.grants = grants;
        this.providers = providers;
        this.data = data;
        this.transactions = transactions;
    }

    @Override
    public MentorErasure erase(Viewer admin, MentorId mentorId) {
        if (!admin.isAdmin()) {
            throw new ForbiddenException("only administrators erase mentors");
        }
        int revoked = 0;
        int failed = 0;
        for (Platform platform : List.of(Platform.GOOGLE_MEET, Platform.ZOOM)) {
            Optional<ProviderGrant> grant = transactions.inTransaction(() -> grants.loadGrant(mentorId, platform));
            if (grant.isEmpty()) {
                continue;
            }
            try {
                providers.revoke(grant.get());
                revoked++;
            } catch (MeetingProviderException e) {
                failed++;
                LOG.log(
                        Level.WARNING,
                        "Erasing mentor " + mentorId + ": revoking the " + platform
                                + " grant failed; its tokens are erased here anyway (the mentor can remove the app at the provider)",
                        e);
            }
        }
        String tombstone = "erased-" + UUID.randomUUID();
        EraseMentorDataPort.ErasedRows rows = transactions.inTransaction(() -> data.eraseMentor(mentorId, tombstone));
        MentorErasure erasure = new MentorErasure(revoked, failed, rows.sessionsAnonymised(), rows.rowsDeleted());
        LOG.log(
                Level.INFO,
                "Administrator {0} erased mentor {1}: {2} grants revoked ({3} failed), {4} sessions "
                        + "anonymised, {5} rows deleted{6}",
                admin.userId(),
                mentorId,
                revoked,
                failed,
                rows.sessionsAnonymised(),
                rows.rowsDeleted(),
                erasure.nothingLeft() ? " (nothing was left)" : "");
        return erasure;
    }
}
