package org.meetlinks.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.port.in.BrowserBinding;

/**
 * The cookie that binds a connect to the mentor's browser: {@code __Host-meetlinks-connect}, Secure, HttpOnly,
 * SameSite=Lax (the provider's redirect back is a top-level GET, which Lax lets through), Path=/, ten minutes. On a
 * plain-http public URL (development on localhost only; production refuses to start with one) it is
 * {@code meetlinks-connect} without Secure, because browsers drop Secure and __Host- cookies set over http.
 */
@ApplicationScoped
public class ConnectCookie {
    static final String SECURE_NAME = "__Host-meetlinks-connect";
    static final String DEV_NAME = "meetlinks-connect";
    static final int MAX_AGE_SECONDS = 600;
    private final boolean secure;

    @Inject
    public ConnectCookie(@ConfigProperty(name = "meetlinks.public-base-url") String publicBaseUrl) {
        this.secure = !"http".equalsIgnoreCase(URI.create(publicBaseUrl.strip()).getScheme());
    }

    /** For CDI client proxies only. */
    protected ConnectCookie() {
        this.secure = true;
    }

    String name() {
        return secure ? SECURE_NAME : DEV_NAME;
    }

    NewCookie set(BrowserBinding binding) {
        return cookie(binding.nonce(), MAX_AGE_SECONDS);
    }

    NewCookie clear() {
        return cookie("", 0);
    }

    /** The binding the request's cookie carries, or {@link BrowserBinding#missing()}. */
    BrowserBinding of(Map<String, Cookie> cookies) {
        return Optional.ofNullable(cookies.get(name()))
                .map(Cookie::getValue)
                .filter(v -> v.matches("[A-Za-z0-9_-]{43}"))
                .map(BrowserBinding::new)
                .orElse(BrowserBinding.missing());
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(name())
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .secure(secure)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
