package org.meetlinks.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import jakarta.mail.Session;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.adapter.out.mail.InviteBuilder;
import org.meetlinks.adapter.out.mail.MailNotificationSender;
import org.meetlinks.adapter.out.mail.MailSettings;
import org.meetlinks.application.port.in.GetSessionInviteUseCase;
import org.meetlinks.application.port.out.ClaimNotificationsPort;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.RecordDeliveryPort;
import org.meetlinks.application.port.out.RenderInvitePort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SendNotificationPort;
import org.meetlinks.application.service.EmailLinks;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.LinkStore;
import org.meetlinks.application.service.NotificationDispatcher;
import org.meetlinks.application.service.SessionInviteService;

/** Wires the outbox dispatcher to the mail adapter (Liberty's mailSession mail/meetlinks) and the invites. */
@ApplicationScoped
class NotificationWiring {
    @Produces
    @Resource(lookup = "mail/meetlinks")
    private Session mailSession;

    @Produces
    @Singleton
    MailSettings mailSettings(
            @ConfigProperty(name = "meetlinks.mail.from-address", defaultValue = "no-reply@meetlinks.example")
                    String from,
            @ConfigProperty(name = "meetlinks.mail.from-name", defaultValue = "meetlinks") String name) {
        return new MailSettings(from, name);
    }

    @Produces
    @Singleton
    @Typed(RenderInvitePort.class)
    InviteBuilder invites(MailSettings settings, Clock clock) {
        return new InviteBuilder(settings, clock);
    }

    @Produces
    @Singleton
    SendNotificationPort mail(Session session, MailSettings settings, RenderInvitePort invites, Clock clock) {
        return new MailNotificationSender(session, settings, (InviteBuilder) invites, clock);
    }

    @Produces
    @Singleton
    NotificationDispatcher dispatcher(
            ClaimNotificationsPort outbox,
            RecordDeliveryPort deliveries,
            SendNotificationPort sender,
            LoadSessionsWithLinksPort sessions,
            CountBacklogPort backlog,
            RunTransactionPort transactions,
            LinkSettings settings,
            EmailLinks emailLinks,
            Clock clock) {
        return new NotificationDispatcher(
                outbox, deliveries, sender, sessions, backlog, transactions, settings, emailLinks, clock);
    }

    @Produces
    @Singleton
    GetSessionInviteUseCase sessionInvite(LinkStore store, RenderInvitePort invites, LinkSettings settings) {
        return new SessionInviteService(store, invites, settings);
    }
}
