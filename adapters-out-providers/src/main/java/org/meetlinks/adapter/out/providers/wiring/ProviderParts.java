package org.meetlinks.adapter.out.providers.wiring;

import java.time.Clock;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.oauth.AccountLookup;
import org.meetlinks.adapter.out.providers.oauth.AuthorizedCalls;
import org.meetlinks.adapter.out.providers.oauth.NeededScopes;

/**
 * Where one provider really differs from another, for {@link ProviderWiring}: its REST API interface, how a new
 * connection's account is looked up, the scopes it needs, its meeting client, and its configuration defaults.
 *
 * @param <A> the provider's MP Rest Client interface
 */
public interface ProviderParts<A> {
    ProviderDefaults defaults();

    Class<A> api();

    AccountLookup accounts(A api, Clock clock);

    NeededScopes neededScopes();

    PlatformMeetings meetings(TimedApi<A> apis, AuthorizedCalls calls, Clock clock);
}
