package org.meetlinks.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The security settings without which the service must not run, checked at start. Outside development mode every
 * one must hold; development mode itself is refused in the production package. Each problem names its setting.
 */
final class StartupChecks {
    static final String SERVER_PACKAGE = "meetlinks.server-package";
    static final String DEV_MODE = "meetlinks.dev-mode";
    static final String JWT_KEY = "mp.jwt.verify.publickey";
    static final String JWT_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String JWT_ISSUER = "mp.jwt.verify.issuer";
    static final String JWT_AUDIENCES = "mp.jwt.verify.audiences";
    static final String TOKEN_KEY = "meetlinks.token-key";
    static final String PREVIOUS_TOKEN_KEYS = "meetlinks.token-key.previous";
    static final String PUBLIC_BASE_URL = "meetlinks.public-base-url";
    static final String TLS_KEYSTORE_PASSWORD = "tls.keystore.password";
    static final String METRICS_PASSWORD = "metrics.password";
    static final int MIN_METRICS_PASSWORD = 16;
    private static final List<String> PROVIDERS = List.of("google", "zoom");

    private StartupChecks() {}

    /** True when this server is the production package (its overlay sets the marker; nothing can unset it). */
    static boolean productionPackage(SettingsSource settings) {
        return settings.value(SERVER_PACKAGE).filter("production"::equals).isPresent();
    }

    static boolean devMode(SettingsSource settings) {
        return settings.value(DEV_MODE).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /** Every reason not to start; empty when the configuration is safe. */
    static List<SettingProblem> problems(SettingsSource settings) {
        List<SettingProblem> problems = new ArrayList<>();
        boolean production = productionPackage(settings);
        if (devMode(settings)) {
            if (production) {
                problems.add(new SettingProblem(
                        DEV_MODE,
                        "is true, but this is the production package: development "
                                + "mode exists only on the dev and test servers"));
            }
            return problems;
        }
        checkJwtKey(settings, problems);
        require(settings, JWT_ISSUER, "the issuer ('iss') of the platform's tokens", problems);
        require(settings, JWT_AUDIENCES, "the audience ('aud') the platform's tokens are made for", problems);
        checkTokenKeys(settings, problems);
        checkPublicBaseUrl(settings, problems);
        for (String provider : PROVIDERS) {
            if (settings.value("meetlinks." + provider + ".enabled")
                    .map(v -> !v.equalsIgnoreCase("false"))
                    .orElse(true)) {
                String why = "of the " + provider + " OAuth client (or set meetlinks." + provider + ".enabled=false)";
                require(settings, "meetlinks." + provider + ".client-id", "the client id " + why, problems);
                require(settings, "meetlinks." + provider + ".client-secret", "the client secret " + why, problems);
            }
        }
        if (production) {
            require(settings, TLS_KEYSTORE_PASSWORD, "the password of the HTTPS keystore", problems);
            Optional<String> metrics = settings.value(METRICS_PASSWORD);
            if (metrics.isEmpty() || metrics.get().length() < MIN_METRICS_PASSWORD) {
                problems.add(new SettingProblem(
                        METRICS_PASSWORD,
                        "must be set, at least " + MIN_METRICS_PASSWORD
                                + " characters: it guards /metrics (the monitoring user's password)"));
            }
        }
        return problems;
    }

    private static void checkJwtKey(SettingsSource settings, List<SettingProblem> problems) {
        Optional<String> inline = settings.value(JWT_KEY);
        Optional<String> location = settings.value(JWT_KEY_LOCATION);
        if (inline.isEmpty() && location.isEmpty()) {
            problems.add(new SettingProblem(
                    JWT_KEY_LOCATION,
                    "is missing: set the platform's token verification key "
                            + "(PEM, JWK or JWKS; a file, a URL, or inline as " + JWT_KEY + ")"));
            return;
        }
        inline.ifPresent(text -> checkKeyMaterial(JWT_KEY, () -> text, problems));
        location.ifPresent(where -> checkKeyMaterial(JWT_KEY_LOCATION, () -> KeyLocations.read(where), problems));
    }

    private static void checkKeyMaterial(
            String setting, java.util.function.Supplier<String> text, List<SettingProblem> problems) {
        List<PublicKey> keys;
        try {
            keys = PublicKeys.parse(text.get());
        } catch (IllegalArgumentException e) {
            problems.add(new SettingProblem(setting, e.getMessage()));
            return;
        }
        if (keys.stream().anyMatch(DevSecrets::isDevJwtKey)) {
            problems.add(new SettingProblem(
                    setting,
                    "holds the public development key (config/dev/jwt-public.pem), "
                            + "whose private half is in git: anyone could sign tokens for this server"));
        }
    }

    private static void checkTokenKeys(SettingsSource settings, List<SettingProblem> problems) {
        Optional<String> current = settings.value(TOKEN_KEY);
        if (current.isEmpty()) {
            problems.add(new SettingProblem(
                    TOKEN_KEY,
                    "is missing: the base64 of 32 random bytes that encrypts OAuth "
                            + "tokens at rest (e.g. openssl rand -base64 32)"));
        } else {
            checkTokenKey(TOKEN_KEY, current.get(), problems);
        }
        settings.value(PREVIOUS_TOKEN_KEYS).ifPresent(list -> {
            for (String key : list.split(",")) {
                if (!key.isBlank()) {
                    checkTokenKey(PREVIOUS_TOKEN_KEYS, key.strip(), problems);
                }
            }
        });
    }

    private static void checkTokenKey(String setting, String base64, List<SettingProblem> problems) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            problems.add(new SettingProblem(setting, "is not base64 (" + e.getMessage() + ")"));
            return;
        }
        if (raw.length != 32) {
            problems.add(new SettingProblem(setting, "is " + raw.length + " bytes, not 32 (AES-256)"));
        } else if (DevSecrets.isDevTokenKey(raw)) {
            problems.add(new SettingProblem(
                    setting,
                    "is the development key, which is in git: tokens encrypted " + "with it are readable by anyone"));
        }
    }

    private static void checkPublicBaseUrl(SettingsSource settings, List<SettingProblem> problems) {
        Optional<String> value = settings.value(PUBLIC_BASE_URL);
        if (value.isEmpty()) {
            problems.add(new SettingProblem(PUBLIC_BASE_URL, "is missing: how people reach this service, https://..."));
            return;
        }
        URI url;
        try {
            url = new URI(value.get());
        } catch (URISyntaxException e) {
            problems.add(new SettingProblem(PUBLIC_BASE_URL, "is not a URL (" + e.getMessage() + ")"));
            return;
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            problems.add(new SettingProblem(
                    PUBLIC_BASE_URL,
                    "must be an https:// URL, not '" + value.get()
                            + "' (plain http is for development mode on localhost only)"));
        } else if (local(url.getHost())) {
            problems.add(new SettingProblem(
                    PUBLIC_BASE_URL,
                    "points at this machine (" + url.getHost() + "); localhost is for development mode only"));
        }
    }

    private static boolean local(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.endsWith(".localhost")
                || h.startsWith("127.")
                || h.equals("[::1]")
                || h.equals("0.0.0.0");
    }

    private static void require(SettingsSource settings, String setting, String what, List<SettingProblem> problems) {
        if (settings.value(setting).isEmpty()) {
            problems.add(new SettingProblem(setting, "is missing: " + what));
        }
    }
}
