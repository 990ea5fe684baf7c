package org.meetlinks.adapter.out.providers.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.providers.google.GoogleParts;
import org.meetlinks.adapter.out.providers.zoom.ZoomParts;
import org.meetlinks.domain.Platform;

/** The settings keys the README documents, each provider's defaults, and what Zoom does not read. */
class ProviderSettingsReaderTest {

    @Test
    void unset_keys_take_the_providers_own_endpoints() {
        ProviderSettings google = ProviderSettingsReader.read(config(Map.of()), GoogleParts.DEFAULTS);
        ProviderSettings zoom = ProviderSettingsReader.read(config(Map.of()), ZoomParts.DEFAULTS);

        assertThat(google.apiBaseUri()).isEqualTo(URI.create("https://www.googleapis.com/calendar/v3"));
        assertThat(google.oauth().platform()).isEqualTo(Platform.GOOGLE_MEET);
        assertThat(google.oauth().authorizeUri()).isEqualTo(URI.create("https://accounts.google.com/o/oauth2/v2/auth"));
        assertThat(google.oauth().tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
        assertThat(google.oauth().revokeUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/revoke"));
        assertThat(google.oauth().redirectUri()).isEqualTo(URI.create("http://localhost:9080/oauth/google/callback"));
        assertThat(google.oauth().scopes())
                .containsExactly(
                        "https://www.googleapis.com/auth/calendar.events",
                        "https://www.googleapis.com/auth/calendar.calendars.readonly");
        assertThat(google.oauth().client().id()).isEmpty();
        assertThat(zoom.apiBaseUri()).isEqualTo(URI.create("https://api.zoom.us/v2"));
        assertThat(zoom.oauth().platform()).isEqualTo(Platform.ZOOM);
        assertThat(zoom.oauth().authorizeUri()).isEqualTo(URI.create("https://zoom.us/oauth/authorize"));
        assertThat(zoom.oauth().tokenUri()).isEqualTo(URI.create("https://zoom.us/oauth/token"));
        assertThat(zoom.oauth().revokeUri()).isEqualTo(URI.create("https://zoom.us/oauth/revoke"));
        assertThat(zoom.oauth().redirectUri()).isEqualTo(URI.create("http://localhost:9080/oauth/zoom/callback"));
        assertThat(zoom.oauth().scopes()).isEmpty();
        assertThat(List.of(google, zoom)).allSatisfy(settings -> {
            assertThat(settings.apiTimeouts().connect()).isEqualTo(Duration.ofMillis(2_000));
            assertThat(settings.apiTimeouts().read()).isEqualTo(Duration.ofMillis(5_000));
            assertThat(settings.refreshMargin()).isEqualTo(Duration.ofSeconds(60));
        });
    }

    @Test
    void each_provider_reads_the_keys_under_its_prefix_and_the_shared_timeouts() {
        Config config = config(Map.ofEntries(
                Map.entry("meetlinks.zoom.api-base-url", "http://sim/zoom/v2"),
                Map.entry("meetlinks.zoom.authorize-url", "http://sim/zoom/oauth/authorize"),
                Map.entry("meetlinks.zoom.token-url", "http://sim/zoom/oauth/token"),
                Map.entry("meetlinks.zoom.revoke-url", "http://sim/zoom/oauth/revoke"),
                Map.entry("meetlinks.zoom.client-id", "zoom-client"),
                Map.entry("meetlinks.zoom.client-secret", "zoom-secret"),
                Map.entry("meetlinks.zoom.redirect-uri", "https://links.example.org/oauth/zoom/callback"),
                Map.entry("meetlinks.google.scopes", "a, b c"),
                Map.entry("meetlinks.providers.connect-timeout-ms", "300"),
                Map.entry("meetlinks.providers.read-timeout-ms", "700"),
                Map.entry("meetlinks.providers.refresh-margin-seconds", "90")));

        ProviderSettings zoom = ProviderSettingsReader.read(config, ZoomParts.DEFAULTS);
        ProviderSettings google = ProviderSettingsReader.read(config, GoogleParts.DEFAULTS);

        assertThat(zoom.apiBaseUri()).isEqualTo(URI.create("http://sim/zoom/v2"));
        assertThat(zoom.oauth().authorizeUri()).isEqualTo(URI.create("http://sim/zoom/oauth/authorize"));
        assertThat(zoom.oauth().tokenUri()).isEqualTo(URI.create("http://sim/zoom/oauth/token"));
        assertThat(zoom.oauth().revokeUri()).isEqualTo(URI.create("http://sim/zoom/oauth/revoke"));
        assertThat(zoom.oauth().client().id()).contains("zoom-client");
        assertThat(zoom.oauth().client().secret()).contains("zoom-secret");
        assertThat(zoom.oauth().redirectUri()).isEqualTo(URI.create("https://links.example.org/oauth/zoom/callback"));
        assertThat(zoom.apiTimeouts().connect()).isEqualTo(Duration.ofMillis(300));
        assertThat(zoom.apiTimeouts().read()).isEqualTo(Duration.ofMillis(700));
        assertThat(zoom.oauth().timeouts()).isEqualTo(zoom.apiTimeouts());
        assertThat(zoom.refreshMargin()).isEqualTo(Duration.ofSeconds(90));
        assertThat(google.apiBaseUri()).isEqualTo(URI.create("https://www.googleapis.com/calendar/v3"));
        assertThat(google.oauth().client().id()).isEmpty();
        assertThat(google.oauth().scopes()).containsExactly("a", "b", "c");
    }

    @Test
    void zoom_has_no_scopes_setting() {
        ProviderSettings zoom = ProviderSettingsReader.read(
                config(Map.of("meetlinks.zoom.scopes", "meeting:write")), ZoomParts.DEFAULTS);

        assertThat(zoom.oauth().scopes()).isEmpty();
    }

    @Test
    void a_bad_url_names_its_key() {
        assertThatThrownBy(() -> ProviderSettingsReader.read(
                        config(Map.of("meetlinks.google.token-url", "token")), GoogleParts.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meetlinks.google.token-url");
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }
}
