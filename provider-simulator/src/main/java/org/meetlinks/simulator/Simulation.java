package org.meetlinks.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.meetlinks.simulator.control.RejectedLog;
import org.meetlinks.simulator.control.RequestStats;
import org.meetlinks.simulator.faults.FaultInjector;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.google.GoogleEventStore;
import org.meetlinks.simulator.oauth.AuthorizationStore;
import org.meetlinks.simulator.oauth.ClientRegistry;
import org.meetlinks.simulator.oauth.GrantStore;
import org.meetlinks.simulator.zoom.ZoomDailyLimit;
import org.meetlinks.simulator.zoom.ZoomMeetingStore;
import org.meetlinks.simulator.zoom.ZoomWebhook;

/** All mutable state of one simulator instance, shared by the handlers; reset() empties it. */
public final class Simulation {

    private final Clock clock;
    private final ClientRegistry clients = new ClientRegistry();
    private final ConsentSettings consent;
    private final AccountSettings accounts = new AccountSettings();
    private final AuthorizationStore authorizations = new AuthorizationStore();
    private final GrantStore grants = new GrantStore();
    private final Map<Provider, ProviderConfig> configs = new EnumMap<>(Provider.class);
    private final Map<Provider, FaultInjector> faults = new EnumMap<>(Provider.class);
    private final GoogleEventStore googleEvents = new GoogleEventStore();
    private final ZoomMeetingStore zoomMeetings = new ZoomMeetingStore();
    private final ZoomDailyLimit zoomDailyLimit = new ZoomDailyLimit();
    private final ZoomWebhook zoomWebhook = new ZoomWebhook();
    private final RejectedLog rejected;
    private final RequestStats stats = new RequestStats();

    /** Creates empty state. */
    public Simulation(Clock clock, boolean autoApprove) {
        this.clock = clock;
        this.consent = new ConsentSettings(autoApprove);
        this.rejected = new RejectedLog(clock);
        for (Provider p : Provider.values()) {
            configs.put(p, new ProviderConfig());
            faults.put(p, new FaultInjector());
        }
    }

    /** The current time. */
    public Instant now() {
        return clock.instant();
    }

    /** Registered OAuth clients. */
    public ClientRegistry clients() {
        return clients;
    }

    /** Consent-screen behaviour. */
    public ConsentSettings consent() {
        return consent;
    }

    /** Per-account settings (Meet turned off, Zoom join-link host). */
    public AccountSettings accounts() {
        return accounts;
    }

    /** Parked consents and issued codes. */
    public AuthorizationStore authorizations() {
        return authorizations;
    }

    /** Grants and tokens. */
    public GrantStore grants() {
        return grants;
    }

    /** Settings of a provider. */
    public ProviderConfig config(Provider provider) {
        return configs.get(provider);
    }

    /** Fault injector of a provider. */
    public FaultInjector faults(Provider provider) {
        return faults.get(provider);
    }

    /** Google calendar events. */
    public GoogleEventStore googleEvents() {
        return googleEvents;
    }

    /** Zoom meetings. */
    public ZoomMeetingStore zoomMeetings() {
        return zoomMeetings;
    }

    /** Zoom's per-user daily create/update counter. */
    public ZoomDailyLimit zoomDailyLimit() {
        return zoomDailyLimit;
    }

    /** Where Zoom events go and the secret they are signed with. */
    public ZoomWebhook zoomWebhook() {
        return zoomWebhook;
    }

    /** Requests refused as invalid. */
    public RejectedLog rejected() {
        return rejected;
    }

    /** Call counters. */
    public RequestStats stats() {
        return stats;
    }

    /** Back to the start-up state: no grants, meetings, faults or log entries; default clients and settings. */
    public void reset() {
        clients.reset();
        consent.reset();
        accounts.clear();
        authorizations.clear();
        grants.clear();
        configs.values().forEach(ProviderConfig::reset);
        faults.values().forEach(f -> f.configure(FaultSettings.none()));
        googleEvents.clear();
        zoomMeetings.clear();
        zoomDailyLimit.clear();
        zoomWebhook.reset();
        rejected.clear();
        stats.clear();
    }
}
