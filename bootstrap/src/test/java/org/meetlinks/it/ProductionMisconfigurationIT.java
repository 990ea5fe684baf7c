package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production package refuses to start with unsafe security settings: the process ends (exit code 78) and the
 * log names every setting at fault. Two real starts cover every kind of refusal (the variants of each, such as the
 * dev key as JWK, by URL or by path, are unit tests of StartupChecks): one with everything wrong at once, and one
 * with development mode switched on.
 */
class ProductionMisconfigurationIT {
    private static final Path ROOT = Path.of(System.getProperty("it.production.dir", "target/production-it"));
    private static final Duration EXIT_WITHIN = Duration.ofMinutes(3);

    @Test
    void every_unsafe_setting_is_named_and_the_server_does_not_start() throws InterruptedException {
        Path home = ProductionServer.unpack(ROOT.resolve("unsafe"));
        Map<String, String> env = ProductionServer.safeEnvironment(home, ProductionServer.platformKey());
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                Path.of("../config/dev/jwt-public.pem")
                        .toAbsolutePath()
                        .normalize()
                        .toString());
        env.remove("MP_JWT_VERIFY_ISSUER");
        env.put("MP_JWT_VERIFY_AUDIENCES", "");
        env.put("MEETLINKS_TOKEN_KEY", "c2hvcnQta2V5");
        env.put("MEETLINKS_PUBLIC_BASE_URL", "http://localhost:" + ProductionServer.HTTP_PORT);
        env.remove("MEETLINKS_ZOOM_CLIENT_SECRET");
        env.remove("MEETLINKS_GOOGLE_CLIENT_ID");
        env.remove("METRICS_PASSWORD");
        env.remove("TLS_KEYSTORE_PASSWORD");

        ProductionServer server = ProductionServer.run(home, env);
        try {
            assertThat(server.awaitExit(EXIT_WITHIN)).isEqualTo(78);
            assertThat(server.log())
                    .contains(
                            "refuses to start: setting mp.jwt.verify.publickey.location holds the public development key")
                    .contains("refuses to start: setting mp.jwt.verify.issuer is missing")
                    .contains("refuses to start: setting mp.jwt.verify.audiences is missing")
                    .contains("refuses to start: setting meetlinks.token-key is 9 bytes, not 32")
                    .contains("refuses to start: setting meetlinks.public-base-url must be an https:// URL")
                    .contains("refuses to start: setting meetlinks.google.client-id is missing")
                    .contains("refuses to start: setting meetlinks.zoom.client-secret is missing")
                    .contains("refuses to start: setting tls.keystore.password is missing")
                    .contains("refuses to start: setting metrics.password must be set")
                    .doesNotContain("CWWKZ0001I: Application meetlinks started");
        } finally {
            server.close();
        }
    }

    @Test
    void development_mode_is_refused_in_the_production_package() throws InterruptedException {
        Path home = ProductionServer.unpack(ROOT.resolve("dev-mode"));
        Map<String, String> env = ProductionServer.safeEnvironment(home, ProductionServer.platformKey());
        env.put("MEETLINKS_TOKEN_KEY", ProductionServer.newTokenKey());
        env.put("MEETLINKS_DEV_MODE", "true");

        ProductionServer server = ProductionServer.run(home, env);
        try {
            assertThat(server.awaitExit(EXIT_WITHIN)).isEqualTo(78);
            assertThat(server.log())
                    .contains("refuses to start: setting meetlinks.dev-mode is true, but this is the "
                            + "production package")
                    .doesNotContain("CWWKZ0001I: Application meetlinks started");
        } finally {
            server.close();
        }
    }
}
