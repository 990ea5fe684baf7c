package org.meetlinks.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StartupChecksTest {
    private static final Path DEV_PUBLIC_KEY =
            Path.of("../config/dev/jwt-public.pem").toAbsolutePath().normalize();
    private final Map<String, String> settings = new HashMap<>();

    @BeforeEach
    void aSafeProductionConfiguration() throws NoSuchAlgorithmException {
        settings.put(StartupChecks.SERVER_PACKAGE, "production");
        settings.put(StartupChecks.JWT_KEY, pem(freshKey()));
        settings.put(StartupChecks.JWT_ISSUER, "https://platform.example.org");
        settings.put(StartupChecks.JWT_AUDIENCES, "meetlinks");
        settings.put(StartupChecks.TOKEN_KEY, Base64.getEncoder().encodeToString(new byte[32]));
        settings.put(StartupChecks.PUBLIC_BASE_URL, "https://meetlinks.example.org");
        for (String provider : List.of("google", "zoom")) {
            settings.put("meetlinks." + provider + ".client-id", provider + "-id");
            settings.put("meetlinks." + provider + ".client-secret", provider + "-secret");
        }
        settings.put(StartupChecks.TLS_KEYSTORE_PASSWORD, "keystore-password");
        settings.put(StartupChecks.METRICS_PASSWORD, "a-long-metrics-password");
    }

    private List<SettingProblem> problems() {
        return StartupChecks.problems(SettingsSource.nonBlank(key -> Optional.ofNullable(settings.get(key))));
    }

    private List<String> failingSettings() {
        return problems().stream().map(SettingProblem::setting).toList();
    }

    @Test
    void a_safe_production_configuration_starts() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void dev_mode_is_refused_in_the_production_package() {
        settings.put(StartupChecks.DEV_MODE, "true");
        assertThat(failingSettings()).containsExactly(StartupChecks.DEV_MODE);
    }

    @Test
    void dev_mode_on_a_dev_server_skips_the_checks() {
        settings.clear();
        settings.put(StartupChecks.DEV_MODE, "true");
        settings.put(StartupChecks.JWT_KEY_LOCATION, DEV_PUBLIC_KEY.toString());
        assertThat(problems()).isEmpty();
    }

    @Test
    void the_dev_key_as_inline_pem_is_refused() throws IOException {
        settings.put(StartupChecks.JWT_KEY, Files.readString(DEV_PUBLIC_KEY));
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.setting()).isEqualTo(StartupChecks.JWT_KEY);
            assertThat(p.reason()).contains("development key");
        });
    }

    @Test
    void the_dev_key_as_pem_without_line_breaks_is_refused() throws IOException {
        String oneLine = Files.readString(DEV_PUBLIC_KEY)
                .replace("\n", "")
                .replace("-----BEGIN PUBLIC KEY-----", "-----BEGIN PUBLIC KEY-----\n")
                .replace("-----END PUBLIC KEY-----", "\n-----END PUBLIC KEY-----");
        settings.put(StartupChecks.JWT_KEY, oneLine);
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY);
    }

    @Test
    void the_dev_key_as_a_jwk_or_inside_a_jwk_set_is_refused() throws IOException, NoSuchAlgorithmException {
        settings.put(StartupChecks.JWT_KEY, jwk(devKey()));
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY);

        settings.put(StartupChecks.JWT_KEY, "{\"keys\":[" + jwk(freshKey()) + "," + jwk(devKey()) + "]}");
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY);

        String encoded = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(jwk(devKey()).getBytes(StandardCharsets.UTF_8));
        settings.put(StartupChecks.JWT_KEY, encoded);
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY);
    }

    @Test
    void the_dev_key_as_base64_der_is_refused() throws IOException {
        settings.put(StartupChecks.JWT_KEY, Base64.getEncoder().encodeToString(devKey().getEncoded()));
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY);
    }

    @Test
    void the_dev_key_by_file_path_or_file_url_is_refused() {
        settings.remove(StartupChecks.JWT_KEY);
        settings.put(StartupChecks.JWT_KEY_LOCATION, DEV_PUBLIC_KEY.toString());
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY_LOCATION);

        settings.put(StartupChecks.JWT_KEY_LOCATION, DEV_PUBLIC_KEY.toUri().toString());
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY_LOCATION);
    }

    @Test
    void the_dev_key_served_at_a_url_is_refused() throws IOException {
        byte[] jwks = ("{\"keys\":[" + jwk(devKey()) + "]}").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", exchange -> {
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
        try {
            settings.remove(StartupChecks.JWT_KEY);
            settings.put(
                    StartupChecks.JWT_KEY_LOCATION,
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json");
            assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY_LOCATION);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void another_key_at_a_path_starts() throws IOException, NoSuchAlgorithmException {
        Path file = Files.createTempFile("platform-key", ".pem");
        try {
            Files.writeString(file, pem(freshKey()));
            settings.remove(StartupChecks.JWT_KEY);
            settings.put(StartupChecks.JWT_KEY_LOCATION, file.toString());
            assertThat(problems()).isEmpty();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void a_missing_unreadable_or_unparseable_key_is_refused() {
        settings.remove(StartupChecks.JWT_KEY);
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY_LOCATION);

        settings.put(StartupChecks.JWT_KEY_LOCATION, "/nowhere/key.pem");
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY_LOCATION);

        settings.remove(StartupChecks.JWT_KEY_LOCATION);
        settings.put(StartupChecks.JWT_KEY, "not a key");
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_KEY);
    }

    @Test
    void issuer_and_audiences_are_required() {
        settings.remove(StartupChecks.JWT_ISSUER);
        settings.put(StartupChecks.JWT_AUDIENCES, " ");
        assertThat(failingSettings()).containsExactly(StartupChecks.JWT_ISSUER, StartupChecks.JWT_AUDIENCES);
    }

    @Test
    void the_token_key_must_be_32_random_bytes_and_not_the_dev_key() throws IOException {
        settings.remove(StartupChecks.TOKEN_KEY);
        assertThat(problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("missing"));

        settings.put(StartupChecks.TOKEN_KEY, Base64.getEncoder().encodeToString(new byte[16]));
        assertThat(problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("16 bytes"));

        settings.put(StartupChecks.TOKEN_KEY, "%%% not base64");
        assertThat(problems())
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("not base64"));

        settings.put(StartupChecks.TOKEN_KEY, devTokenKey());
        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.setting()).isEqualTo(StartupChecks.TOKEN_KEY);
            assertThat(p.reason()).contains("development key");
        });
    }

    @Test
    void a_previous_token_key_is_checked_too() throws IOException {
        settings.put(
                StartupChecks.PREVIOUS_TOKEN_KEYS,
                Base64.getEncoder().encodeToString(new byte[32]) + "," + devTokenKey());
        assertThat(failingSettings()).containsExactly(StartupChecks.PREVIOUS_TOKEN_KEYS);
    }

    @Test
    void the_public_base_url_must_be_https_and_not_localhost() {
        settings.put(StartupChecks.PUBLIC_BASE_URL, "http://meetlinks.example.org");
        assertThat(failingSettings()).containsExactly(StartupChecks.PUBLIC_BASE_URL);
        settings.put(StartupChecks.PUBLIC_BASE_URL, "https://localhost:9443");
        assertThat(failingSettings()).containsExactly(StartupChecks.PUBLIC_BASE_URL);
        settings.put(StartupChecks.PUBLIC_BASE_URL, "https://127.0.0.1");
        assertThat(failingSettings()).containsExactly(StartupChecks.PUBLIC_BASE_URL);
        settings.remove(StartupChecks.PUBLIC_BASE_URL);
        assertThat(failingSettings()).containsExactly(StartupChecks.PUBLIC_BASE_URL);
    }

    @Test
    void an_enabled_provider_needs_its_client_id_and_secret() {
        settings.remove("meetlinks.zoom.client-id");
        settings.remove("meetlinks.google.client-secret");
        assertThat(failingSettings()).containsExactly("meetlinks.google.client-secret", "meetlinks.zoom.client-id");

        settings.put("meetlinks.zoom.enabled", "false");
        assertThat(failingSettings()).containsExactly("meetlinks.google.client-secret");
    }

    @Test
    void the_production_package_needs_its_keystore_and_metrics_passwords() {
        settings.remove(StartupChecks.TLS_KEYSTORE_PASSWORD);
        settings.put(StartupChecks.METRICS_PASSWORD, "short");
        assertThat(failingSettings())
                .containsExactly(StartupChecks.TLS_KEYSTORE_PASSWORD, StartupChecks.METRICS_PASSWORD);

        settings.remove(StartupChecks.SERVER_PACKAGE);
        assertThat(problems()).isEmpty();
    }

    @Test
    void every_problem_is_reported_at_once() {
        settings.clear();
        settings.put(StartupChecks.SERVER_PACKAGE, "production");
        assertThat(failingSettings())
                .containsExactly(
                        StartupChecks.JWT_KEY_LOCATION,
                        StartupChecks.JWT_ISSUER,
                        StartupChecks.JWT_AUDIENCES,
                        StartupChecks.TOKEN_KEY,
                        StartupChecks.PUBLIC_BASE_URL,
                        "meetlinks.google.client-id",
                        "meetlinks.google.client-secret",
                        "meetlinks.zoom.client-id",
                        "meetlinks.zoom.client-secret",
                        StartupChecks.TLS_KEYSTORE_PASSWORD,
                        StartupChecks.METRICS_PASSWORD);
    }

    @Test
    void the_fingerprints_are_those_of_the_keys_in_config_dev() throws IOException {
        assertThat(DevSecrets.isDevJwtKey(devKey())).isTrue();
        assertThat(DevSecrets.isDevTokenKey(Base64.getDecoder().decode(devTokenKey())))
                .isTrue();
    }

    private static RSAPublicKey devKey() throws IOException {
        return (RSAPublicKey) PublicKeys.parse(Files.readString(DEV_PUBLIC_KEY)).get(0);
    }

    /** The dev servers' token key, as bootstrap/pom.xml sets it (the stack.token.key property). */
    static String devTokenKey() throws IOException {
        Matcher m = Pattern.compile("<stack\\.token\\.key>([A-Za-z0-9+/=]+)</stack\\.token\\.key>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("bootstrap/pom.xml sets the dev token key").isTrue();
        return m.group(1);
    }

    private static RSAPublicKey freshKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return (RSAPublicKey) generator.generateKeyPair().getPublic();
    }

    private static String pem(RSAPublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String jwk(RSAPublicKey key) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return "{\"kty\":\"RSA\",\"alg\":\"RS256\",\"n\":\""
                + url.encodeToString(unsigned(key.getModulus().toByteArray())) + "\",\"e\":\""
                + url.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}";
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
