package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the production package, and every archive inside it (the WAR, its jars, the RAR), and fails on anything
 * of development in it: a dev key or secret, a dev setting in its configuration, the dev-tools app or the dev
 * overlay, the simulator or its URLs.
 */
class ProductionPackageIT {
    private static final List<String> PATHS = new ArrayList<>();
    /** Every entry's bytes as ISO-8859-1 text (so binary files can be searched too), by path. */
    private static final Map<String, String> CONTENT = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void open() throws IOException {
        try (InputStream in = Files.newInputStream(ProductionServer.PACKAGE)) {
            read("", in);
        }
    }

    private static void read(String prefix, InputStream archive) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String path = prefix + entry.getName();
            PATHS.add(path);
            if (entry.isDirectory()) {
                continue;
            }
            byte[] bytes = zip.readAllBytes();
            if (path.endsWith(".war") || path.endsWith(".jar") || path.endsWith(".rar")) {
                if (path.contains("/usr/")) {
                    read(path + "!/", new ByteArrayInputStream(bytes));
                }
                continue;
            }
            CONTENT.put(path, new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void it_holds_the_war_the_server_configuration_the_jdbc_driver_and_the_artemis_adapter() {
        assertThat(PATHS)
                .contains(
                        "wlp/usr/servers/meetlinks/server.xml",
                        "wlp/usr/servers/meetlinks/apps/meetlinks.war",
                        "wlp/usr/servers/meetlinks/jms-embedded.xml",
                        "wlp/usr/servers/meetlinks/jms-artemis.xml",
                        "wlp/usr/servers/meetlinks/configDropins/overrides/production.xml",
                        "wlp/usr/servers/meetlinks/lib/artemis/jms-artemis-rar.rar");
        assertThat(PATHS).anyMatch(p -> p.matches("wlp/usr/servers/meetlinks/lib/jdbc/postgresql-.*\\.jar"));
        assertThat(PATHS)
                .noneMatch(p -> p.startsWith("wlp/usr/servers/") && !p.startsWith("wlp/usr/servers/meetlinks/"));
    }

    @Test
    void no_dev_key_or_secret_is_anywhere_inside() throws IOException {
        List<String> secrets = List.of(
                pemBodyLine(Path.of("../config/dev/jwt-private.pem")),
                pemBodyLine(Path.of("../config/dev/jwt-public.pem")),
                devTokenKey(),
                "meetlinks-google-secret",
                "meetlinks-zoom-secret");
        CONTENT.forEach((path, text) -> secrets.forEach(secret ->
                assertThat(text).as("%s must not contain a dev secret", path).doesNotContain(secret)));
        assertThat(PATHS).noneMatch(p -> p.contains("jwt-private") || p.contains("jwt-public") || p.endsWith(".pem"));
    }

    @Test
    void no_dev_app_overlay_or_simulator_is_inside() {
        assertThat(PATHS)
                .noneMatch(p -> p.contains("dev-tools")
                        || p.contains("dev-apps.xml")
                        || p.endsWith("configDropins/overrides/dev.xml")
                        || p.contains("org/meetlinks/devtools/")
                        || p.contains("org/meetlinks/simulator/")
                        || p.contains("org/meetlinks/devstack/")
                        || p.contains("provider-simulator")
                        || p.contains("wiremock")
                        || p.contains("greenmail"));
    }

    @Test
    void the_server_configuration_sets_nothing_of_development() {
        List<String> devSettings = List.of(
                "dev-mode",
                "dev.apps",
                "dev.tools",
                "jwt-private",
                "jwt-public",
                "meetlinks.dev.",
                "__sim",
                "/google/token",
                "/zoom/oauth",
                "mpOpenAPI",
                "authentication=\"false\"",
                "meetlinks.token-key",
                "mp.jwt.verify");
        CONTENT.entrySet().stream()
                .filter(e -> e.getKey().startsWith("wlp/usr/servers/meetlinks/")
                        && !e.getKey().contains("!/"))
                .forEach(e -> {
                    String settings = withoutComments(e.getValue());
                    devSettings.forEach(s ->
                            assertThat(settings).as("%s sets %s", e.getKey(), s).doesNotContain(s));
                });
        assertThat(withoutComments(CONTENT.get("wlp/usr/servers/meetlinks/jvm.options"))
                        .strip())
                .isEmpty();
        assertThat(withoutComments(CONTENT.get("wlp/usr/servers/meetlinks/bootstrap.properties"))
                        .strip())
                .isEmpty();
        assertThat(withoutComments(CONTENT.getOrDefault("wlp/usr/servers/meetlinks/server.env", ""))
                        .strip())
                .isEmpty();
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?m)^\\s*#.*$", "");
    }

    private static String pemBodyLine(Path pem) throws IOException {
        return Files.readAllLines(pem).get(1).strip();
    }

    /** The dev and test server's token key (bootstrap/pom.xml, stack.token.key), handed to the tests by the build. */
    private static String devTokenKey() {
        String key = System.getProperty("it.tokenKey");
        assertThat(key).as("it.tokenKey, the dev token key").isNotBlank();
        return key;
    }
}
