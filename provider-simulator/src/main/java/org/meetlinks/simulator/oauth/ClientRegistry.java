package org.meetlinks.simulator.oauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.meetlinks.simulator.Provider;

/** The OAuth clients the simulator knows, with one default client per provider. */
public final class ClientRegistry {

    /** Default Google client_id. */
    public static final String GOOGLE_CLIENT_ID = "meetlinks-google-client";
    /** Default Google client_secret. */
    public static final String GOOGLE_CLIENT_SECRET = "meetlinks-google-secret";
    /** Default Zoom client_id. */
    public static final String ZOOM_CLIENT_ID = "meetlinks-zoom-client";
    /** Default Zoom client_secret. */
    public static final String ZOOM_CLIENT_SECRET = "meetlinks-zoom-secret";
    /** Scopes the default Zoom app is granted (Zoom takes scopes from the app, not the URL). */
    public static final List<String> ZOOM_DEFAULT_SCOPES = List.of("meeting:read", "meeting:write", "user:read");

    private final Map<String, OAuthClient> clients = new ConcurrentHashMap<>();

    /** Creates the registry with the default clients. */
    public ClientRegistry() {
        reset();
    }

    /** Adds or replaces a client. */
    public void register(OAuthClient client) {
        clients.put(key(client.provider(), client.clientId()), client);
    }

    /** Finds a client of a provider by client_id. */
    public Optional<OAuthClient> find(Provider provider, String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(key(provider, clientId)));
    }

    /** All registered clients. */
    public List<OAuthClient> all() {
        return new ArrayList<>(clients.values());
    }

    /** Back to only the default clients. */
    public void reset() {
        clients.clear();
        register(new OAuthClient(Provider.GOOGLE, GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, List.of(), List.of()));
        register(new OAuthClient(Provider.ZOOM, ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET, List.of(), ZOOM_DEFAULT_SCOPES));
    }

    private static String key(Provider provider, String clientId) {
        return provider.id() + "|" + clientId;
    }
}
