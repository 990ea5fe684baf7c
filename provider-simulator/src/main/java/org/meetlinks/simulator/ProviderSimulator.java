package org.meetlinks.simulator;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.meetlinks.simulator.api.ApiPipeline;
import org.meetlinks.simulator.control.ControlApi;
import org.meetlinks.simulator.google.GoogleCalendarApi;
import org.meetlinks.simulator.http.HttpServing;
import org.meetlinks.simulator.http.Routes;
import org.meetlinks.simulator.oauth.AuthorizeEndpoint;
import org.meetlinks.simulator.oauth.GoogleOAuthDialect;
import org.meetlinks.simulator.oauth.OAuthDialect;
import org.meetlinks.simulator.oauth.RevokeEndpoint;
import org.meetlinks.simulator.oauth.TokenEndpoint;
import org.meetlinks.simulator.oauth.ZoomOAuthDialect;
import org.meetlinks.simulator.zoom.ZoomMeetingsApi;

/** A running provider simulator: the JDK's HTTP server in front of the simulator's one route table. */
public final class ProviderSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ProviderSimulator.class.getName());

    private final HttpServing server;
    private final Simulation simulation;

    private ProviderSimulator(HttpServing server, Simulation simulation) {
        this.server = server;
        this.simulation = simulation;
    }

    /** Starts a simulator on the port (0 = a free random port) with consent auto-approval on. */
    public static ProviderSimulator start(int port) {
        return start(port, null);
    }

    /** Starts a simulator on the port, bound to the given address (null = all interfaces). */
    public static ProviderSimulator start(int port, String bindAddress) {
        Simulation simulation = new Simulation(Clock.systemUTC(), true);
        HttpServing server = HttpServing.start(port, bindAddress, routes(simulation));
        ProviderSimulator simulator = new ProviderSimulator(server, simulation);
        LOG.log(Level.INFO, () -> "Provider simulator started at " + simulator.baseUrl());
        return simulator;
    }

    /** The one route table: both providers' OAuth endpoints and APIs, and the control API. */
    private static Routes routes(Simulation simulation) {
        // loading and resolving the two OpenAPI files dominates start-up; do them in parallel
        CompletableFuture<ApiPipeline> googleApi =
                CompletableFuture.supplyAsync(() -> GoogleCalendarApi.pipeline(simulation));
        ApiPipeline zoomApi = ZoomMeetingsApi.pipeline(simulation);
        OAuthDialect google = new GoogleOAuthDialect();
        OAuthDialect zoom = new ZoomOAuthDialect();
        Routes routes = new Routes()
                .add(Routes.ANY_METHOD, "/google/o/oauth2/v2/auth", new AuthorizeEndpoint(simulation, google))
                .add(Routes.ANY_METHOD, "/google/token", new TokenEndpoint(simulation, google))
                .add(Routes.ANY_METHOD, "/google/revoke", new RevokeEndpoint(simulation, google))
                .add(Routes.ANY_METHOD, "/zoom/oauth/authorize", new AuthorizeEndpoint(simulation, zoom))
                .add(Routes.ANY_METHOD, "/zoom/oauth/token", new TokenEndpoint(simulation, zoom))
                .add(Routes.ANY_METHOD, "/zoom/oauth/revoke", new RevokeEndpoint(simulation, zoom));
        googleApi.join().addTo(routes);
        zoomApi.addTo(routes);
        new ControlApi(simulation).addTo(routes);
        return routes;
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    /** "http://localhost:PORT". */
    public String baseUrl() {
        return "http://localhost:" + port();
    }

    /** Sets how consent screens behave; reset() keeps the auto-approve choice made here. */
    public void configureConsent(boolean autoApprove, String accountEmail) {
        simulation.consent().startupAutoApprove(autoApprove);
        if (accountEmail != null) {
            simulation.consent().update(null, accountEmail);
        }
    }

    /** Where Zoom events (app_deauthorized) go and their signing secret; reset() keeps these. */
    public void configureZoomWebhook(String endpointUrl, String secretToken) {
        simulation.zoomWebhook().startup(endpointUrl, secretToken);
    }

    /** Same as POST /__sim/reset. */
    public void reset() {
        simulation.reset();
    }

    /** Stops the server. */
    public void stop() {
        server.close();
        LOG.log(Level.INFO, "Provider simulator stopped");
    }

    @Override
    public void close() {
        stop();
    }
}
