package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a server that would accept tokens signed with the public, dev-only key,
 * unless it runs in dev mode (meetlinks.dev-mode=true, set only by the dev and test servers).
 */
@ApplicationScoped
class DevKeyGuard {
    static final String DEV_KEY_RESOURCE = "/META-INF/dev-jwt-public.pem";

    void check(@Observes @Initialized(ApplicationScoped.class) Object started, Config config) {
        boolean devMode = config.getOptionalValue("meetlinks.dev-mode", Boolean.class).orElse(false);
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        String configuredKey = inline.orElseGet(() -> location.map(DevKeyGuard::read).orElse(""));
        verify(configuredKey, devMode);
    }

    /** @throws IllegalStateException when the dev key is configured outside dev mode */
    static void verify(String configuredKey, boolean devMode) {
        if (!devMode && normalized(configuredKey).contains(normalized(devKey()))) {
            throw new IllegalStateException("The JWT verification key is the public development key "
                    + "(config/dev/jwt-public.pem). Configure the platform's own key with mp.jwt.verify.publickey.location, "
                    + "or set meetlinks.dev-mode=true on a development machine only.");
        }
    }

    private static String devKey() {
        try (InputStream in = DevKeyGuard.class.getResourceAsStream(DEV_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEV_KEY_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEV_KEY_RESOURCE, e);
        }
    }

    private static String read(String location) {
        try (InputStream in = location.contains(":") ? URI.create(location).toURL().openStream()
                : DevKeyGuard.class.getResourceAsStream(location.startsWith("/") ? location : "/" + location)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the JWT verification key at " + location, e);
        }
    }

    private static String normalized(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
