package org.meetlinks.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.meetlinks.devstack.Directories;

/**
 * One Liberty server instance of meetlinks for the benchmark: a copy of the server the build created
 * (bootstrap/target/liberty), with its own ports and the Artemis JMS configuration, started with the
 * wlp/bin/server script, and killed hard when a scenario asks for it.
 */
final class LibertyServer {
    private static final System.Logger LOG = System.getLogger(LibertyServer.class.getName());
    private static final int SESSIONS = 40;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path wlp;
    private final String name;
    private final int httpPort;

    private LibertyServer(Path wlp, String name, int httpPort) {
        this.wlp = wlp;
        this.name = name;
        this.httpPort = httpPort;
    }

    /**
     * Creates (or recreates) server {@code name} from the build's "meetlinks" server. Only configuration differs:
     * bootstrap.properties picks jms-artemis.xml and the ports, as production would with its own values.
     */
    static LibertyServer create(
            Path root,
            String name,
            int instance,
            BenchOptions.Ports ports,
            String brokerUrl,
            List<String> extraJvmOptions)
            throws IOException {
        Path wlp = root.resolve("bootstrap/target/liberty/wlp");
        Path template = wlp.resolve("usr/servers/meetlinks");
        if (!Files.isRegularFile(template.resolve("server.xml"))) {
            throw new IllegalStateException("No Liberty server at " + template
                    + "; build it first with: mvn -Pbench verify (see BENCHMARKS.md)");
        }
        Path dir = wlp.resolve("usr/servers").resolve(name);
        Directories.deleteRecursively(dir);
        copyRecursively(template, dir);
        int http = ports.http() + instance - 1;
        Files.writeString(
                dir.resolve("bootstrap.properties"),
                String.join(
                        "\n",
                        "http.port=" + http,
                        "https.port=" + (ports.https() + instance - 1),
                        "db.port=" + ports.postgres(),
                        "smtp.port=" + ports.smtp(),
                        "jms.config=jms-artemis.xml",
                        "jms.broker.url=" + brokerUrl,
                        // As many database connections as concurrent deliveries (two instances stay under PostgreSQL's
                        // 100).
                        "jms.max.sessions=" + SESSIONS,
                        "db.pool.max=" + SESSIONS,
                        "dev.apps=no-dev-apps.xml",
                        ""));
        Files.writeString(
                dir.resolve("jvm.options"),
                String.join(
                        "\n",
                        "",
                        "-Dmeetlinks.public-base-url=http://localhost:" + http,
                        "-Dmeetlinks.retry.sweep-seconds=1",
                        // The built server is the integration tests', which ask mentors after 8 s of failures;
                        // production's default (15 min) is what the "add a link" counts are about. A later -D wins
                        // over an earlier one.
                        "-Dmeetlinks.notify.ask-after-seconds=900",
                        // Production's intervals for the outbox and the pre-session check (the tests' server
                        // polls faster).
                        "-Dmeetlinks.notifications.dispatch-seconds=2",
                        "-Dmeetlinks.checks.sweep-seconds=60",
                        // The heap as measured for this load (BENCHMARKS.md, memory), instead of the tests' 1 GB,
                        // and C1 only: about 100 MiB less and no idle JIT work, at no cost in throughput.
                        "-Xmx192m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        String.join("\n", extraJvmOptions),
                        ""),
                java.nio.file.StandardOpenOption.APPEND);
        // glibc's allocator keeps up to eight arenas per core, each holding freed memory; two are enough here.
        // server.env may end without a newline (it holds the keystore password): the setting goes on a line of its own.
        Path env = dir.resolve("server.env");
        String before = Files.isRegularFile(env) ? Files.readString(env) : "";
        Files.writeString(
                env, before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + "MALLOC_ARENA_MAX=2\n");
        return new LibertyServer(wlp, name, http);
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    String name() {
        return name;
    }

    /** Starts the server in the background and waits until /health/ready answers UP. */
    void start(Duration within) throws IOException, InterruptedException {
        Instant began = Instant.now();
        run("start");
        awaitReady(within);
        LOG.log(
                Level.INFO,
                () -> name + " is ready on " + baseUrl() + " after "
                        + Duration.between(began, Instant.now()).toSeconds() + " s");
    }

    long pid() throws IOException {
        return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid"))
                .trim());
    }

    /** kill -9: no shutdown hooks, no clean JMS close, in-flight transactions die with the process. */
    void kill() throws IOException {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(name + " (pid " + pid + ") is not running"));
        process.destroyForcibly();
        process.onExit().join();
        LOG.log(Level.INFO, () -> "Killed " + name + " (pid " + pid + ") with SIGKILL");
    }

    void stop() throws IOException, InterruptedException {
        run("stop");
    }

    private void run(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        if (exit != 0 && !(action.equals("stop") && exit == 1)) {
            throw new IllegalStateException("wlp/bin/server " + action + " " + name + " exited with " + exit + "; see "
                    + wlp.resolve("usr/servers").resolve(name).resolve("logs"));
        }
    }

    private void awaitReady(Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (Instant.now().isBefore(deadline)) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + within.toSeconds() + " s; see "
                + wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log"));
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        List<String> skipped = List.of("logs", "workarea", "messaging", "tranlog");
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(p -> from.relativize(p).getNameCount() == 0
                            || !skipped.contains(from.relativize(p).getName(0).toString()))
                    .forEach(p -> {
                        try {
                            Path target = to.resolve(from.relativize(p).toString());
                            if (Files.isDirectory(p)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
