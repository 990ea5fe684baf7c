package org.meetlinks.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The production package as an operator runs it: unzipped to a folder of its own, configured only by environment
 * variables and files in variables/ (mounted secrets), started with wlp/bin/server run. It uses the stack's
 * PostgreSQL (a database of its own), mail sink and provider simulator.
 */
final class ProductionServer implements AutoCloseable {
    static final Path PACKAGE = Path.of(System.getProperty("it.production.package", "target/meetlinks-server.zip"));
    static final int HTTP_PORT = Integer.getInteger("it.production.httpPort", 9190);
    static final int HTTPS_PORT = Integer.getInteger("it.production.httpsPort", 9553);
    static final String BASE = "http://localhost:" + HTTP_PORT;
    static final String ISSUER = "https://platform.example.org";
    static final String PUBLIC_BASE_URL = "https://meetlinks.example.org";
    static final String METRICS_PASSWORD = "production-metrics-password";
    private static final int PG_PORT = Integer.getInteger("it.pgPort", 15433);
    private static final String SIM = System.getProperty("it.simulatorUrl", "http://localhost:18089");
    private static final String DATABASE = "meetlinks_production";

    private final Path home;
    private final Process process;

    private ProductionServer(Path home, Process process) {
        this.home = home;
        this.process = process;
    }

    /** A fresh RSA key pair: the "platform's" token signing key. */
    static KeyPair platformKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A production configuration that passes every start-up check, for {@code platform}'s public key. */
    static Map<String, String> safeEnvironment(Path home, KeyPair platform) {
        Path publicKey = home.resolve("platform-public.pem");
        write(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(platform.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PORT", String.valueOf(HTTP_PORT));
        env.put("HTTPS_PORT", String.valueOf(HTTPS_PORT));
        env.put("DB_PORT", String.valueOf(PG_PORT));
        env.put("DB_NAME", DATABASE);
        env.put("DB_POOL_MAX", "8");
        env.put("SMTP_PORT", System.getProperty("it.smtpPort", "12525"));
        env.put("MEETLINKS_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", "meetlinks");
        for (String provider : new String[] {"google", "zoom"}) {
            String prefix = "MEETLINKS_" + provider.toUpperCase() + "_";
            env.put(prefix + "CLIENT_ID", "meetlinks-" + provider + "-client");
            env.put(prefix + "CLIENT_SECRET", "meetlinks-" + provider + "-secret");
            env.put(prefix + "REDIRECT_URI", PUBLIC_BASE_URL + "/oauth/" + provider + "/callback");
        }
        env.put("MEETLINKS_GOOGLE_API_BASE_URL", SIM + "/google/calendar/v3");
        env.put("MEETLINKS_GOOGLE_AUTHORIZE_URL", SIM + "/google/o/oauth2/v2/auth");
        env.put("MEETLINKS_GOOGLE_TOKEN_URL", SIM + "/google/token");
        env.put("MEETLINKS_GOOGLE_REVOKE_URL", SIM + "/google/revoke");
        env.put("MEETLINKS_ZOOM_API_BASE_URL", SIM + "/zoom/v2");
        env.put("MEETLINKS_ZOOM_AUTHORIZE_URL", SIM + "/zoom/oauth/authorize");
        env.put("MEETLINKS_ZOOM_TOKEN_URL", SIM + "/zoom/oauth/token");
        env.put("MEETLINKS_ZOOM_REVOKE_URL", SIM + "/zoom/oauth/revoke");
        env.put("TLS_KEYSTORE_PASSWORD", "production-keystore-password");
        env.put("METRICS_PASSWORD", METRICS_PASSWORD);
        return env;
    }

    /** Unzips the package into {@code home} (emptied first). */
    static Path unpack(Path home) {
        try {
            if (Files.exists(home)) {
                try (Stream<Path> paths = Files.walk(home)) {
                    paths.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(home);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(PACKAGE))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    Path target = home.resolve(entry.getName()).normalize();
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try (Stream<Path> scripts = Files.list(home.resolve("wlp/bin"))) {
                scripts.filter(Files::isRegularFile).forEach(ProductionServer::executable);
            }
            Path tools = home.resolve("wlp/lib/native");
            if (Files.isDirectory(tools)) {
                try (Stream<Path> natives = Files.walk(tools)) {
                    natives.filter(Files::isRegularFile).forEach(ProductionServer::executable);
                }
            }
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + PACKAGE, e);
        }
    }

    /** A secret as a mounted file: {@code variables/<name>} in the server's directory. */
    static void secretFile(Path home, String name, String value) {
        Path variables = serverDir(home).resolve("variables");
        write(variables.resolve(name), value);
    }

    /** A random AES-256 key, base64. */
    static String newTokenKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The production server's own database in the stack's PostgreSQL (created as its superuser). */
    static void ensureDatabase() {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + PG_PORT + "/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    s.execute("create database " + DATABASE + " owner meetlinks");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the production server's database", e);
        }
    }

    /** Starts {@code wlp/bin/server run meetlinks} with exactly {@code env} added to a clean environment. */
    static ProductionServer run(Path home, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("wlp/bin/server").toString(), "run", "meetlinks")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("MEETLINKS") || k.startsWith("MP_") || k.startsWith("DB_"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(env);
        try {
            return new ProductionServer(home, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the production package", e);
        }
    }

    /** Waits until /health/ready answers 200; fails with the log when the process ends first or time runs out. */
    void awaitReady(Duration within) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the production server exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create(BASE + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the production server was not ready within " + within + ":\n" + log());
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("the production server still runs after " + within + ":\n" + log());
        }
        return process.exitValue();
    }

    /** The server's messages.log. */
    String log() {
        Path log = serverDir(home).resolve("logs/messages.log");
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no messages.log)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path serverDir(Path home) {
        return home.resolve("wlp/usr/servers/meetlinks");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                Process stop = new ProcessBuilder(home.resolve("wlp/bin/server").toString(), "stop", "meetlinks")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                stop.getOutputStream().close();
                stop.waitFor(60, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void executable(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.add(PosixFilePermission.OWNER_EXECUTE);
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
