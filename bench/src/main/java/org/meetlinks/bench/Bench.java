package org.meetlinks.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.meetlinks.devstack.Directories;
import org.meetlinks.testkit.DevTokens;

/**
 * The benchmark driver. Starts PostgreSQL, the mail sink, the provider simulator and an Artemis broker, one or two
 * Liberty servers configured for that broker, connects the mentors, sends the confirmations over JMS from this
 * separate process, disrupts the system if the scenario says so, and reports what happened.
 */
public final class Bench {
    private static final Duration SERVER_START = Duration.ofSeconds(240);

    private Bench() {}

    public static void main(String[] args) throws Exception {
        quietLibraries();
        BenchOptions options = BenchOptions.parse(args);
        Scenario scenario = options.scenario();
        String runId =
                DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        System.out.printf(
                "meetlinks benchmark '%s': %s (%d confirmations, %s, provider latency %d ms, %d instance(s))%n",
                scenario.name(),
                scenario.summary(),
                scenario.count(),
                scenario.ratePerSecond() > 0 ? scenario.ratePerSecond() + "/s" : "all at once",
                scenario.latencyMs(),
                scenario.instances());
        if (!options.jvmOptions().isEmpty()) {
            System.out.println("Extra JVM options for Liberty: " + String.join(" ", options.jvmOptions()));
        }
        Path work = options.root().resolve("bench/target/run-" + scenario.name());
        Directories.deleteRecursively(work);
        RunReport report;
        try (LocalStack stack = LocalStack.start(options.ports(), work)) {
            List<LibertyServer> servers = new ArrayList<>();
            for (int n = 1; n <= scenario.instances(); n++) {
                servers.add(LibertyServer.create(
                        options.root(), "bench-" + n, n, options.ports(), stack.brokerUrl(), options.jvmOptions()));
            }
            try {
                for (LibertyServer server : servers) {
                    server.start(SERVER_START);
                }
                report = run(options, runId, stack, servers);
            } finally {
                for (LibertyServer server : servers) {
                    server.stop();
                }
            }
        }
        report.write(options.out());
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Results: " + options.out().resolve(scenario.name() + ".json") + " and .md");
        if (!report.end().sound()) {
            System.out.println("NOT SOUND: sessions were lost, meetings doubled or mentors left untold (see above).");
            System.exit(1);
        }
    }

    /** PostgreSQL, Artemis and the simulator log a lot at INFO; the benchmark's own lines are what matters here. */
    private static void quietLibraries() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.ALL);
        }
        java.util.logging.Logger.getLogger("org.meetlinks.bench").setLevel(java.util.logging.Level.INFO);
    }

    private static RunReport run(BenchOptions options, String runId, LocalStack stack, List<LibertyServer> servers)
            throws Exception {
        Scenario scenario = options.scenario();
        BenchSimulator simulator = new BenchSimulator(stack.simulatorUrl());
        DevTokens tokens = DevTokens.devKey(options.root(), Duration.ofHours(2));
        System.out.printf(
                "Connecting %d mentors (Google and Zoom) through the OAuth round trip...%n", scenario.mentors());
        List<MentorAccounts.BenchMentor> mentors =
                MentorAccounts.connect(scenario.mentors(), runId, servers.get(0).baseUrl(), simulator, tokens);
        simulator.validateRequests(false);
        simulator.configure(scenario.latencyMs(), Scenario.ProviderFaults.NONE);
        WarmUp.run(options.warmUp(), stack, mentors, runId);
        simulator.configure(scenario.latencyMs(), scenario.faults());
        Confirmations confirmations = new Confirmations("bench-" + runId + "-", mentors);
        int count = scenario.count();
        long[] sentNanos = new long[count];
        List<String> events = new CopyOnWriteArrayList<>();
        long[] recovered = {0};
        Instant startedAt = Instant.now();
        CompletableFuture<Void> disruption = CompletableFuture.completedFuture(null);
        try (LinkWatcher watcher = new LinkWatcher(stack.jdbcUrl(), confirmations.sessionPrefix(), count);
                BookingSender sender = new BookingSender(stack.brokerUrl())) {
            Progress progress = new Progress(count, watcher);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            ticker.scheduleAtFixedRate(progress::print, 2, 2, TimeUnit.SECONDS);
            RunCost cost = RunCost.before(servers, stack.jdbcUrl());
            Optional<FlightRecording> recording = options.flightRecording().isPresent()
                    ? Optional.of(FlightRecording.start(
                            cost.firstPid(), options.flightRecording().get()))
                    : Optional.empty();
            int disruptAt = scenario.disruptAt();
            CompletableFuture<Void>[] started = new CompletableFuture[] {disruption};
            sender.send(confirmations, count, scenario.ratePerSecond(), scenario.deliverTwice(), sentNanos, i -> {
                progress.sent(i + 1);
                watcher.sentUpTo(i + 1);
                if (i == disruptAt && scenario.disruption() != Scenario.Disruption.NONE) {
                    started[0] = CompletableFuture.runAsync(() -> Disruptions.disrupt(
                            scenario, stack, servers, simulator, events, progress, recovered, SERVER_START));
                }
            });
            disruption = started[0];
            awaitLinks(watcher, count, options.settle(), disruption);
            disruption.join();
            ticker.shutdownNow();
            progress.print();
            RunCost.PerConfirmation perConfirmation = cost.after(count);
            for (FlightRecording r : recording.stream().toList()) {
                System.out.println("Flight recording of " + servers.get(0).name() + ": " + r.stop());
            }
            if (!perConfirmation.restarted()) {
                events.add(RunCost.idleCost(cost.firstPid(), Scenario.IDLE));
            }
            ServiceMetrics service = ServiceMetrics.scrape(servers);
            EndState end = EndState.check(
                    stack.jdbcUrl(), confirmations.sessionPrefix(), count, simulator.meetings(), stack.deadLetters());
            LinkTimes times = LinkTimes.of(
                    sentNanos, watcher, confirmations, scenario.latencyMs(), simulator.stats(), recovered[0]);
            return new RunReport(
                    scenario,
                    startedAt,
                    times,
                    end,
                    service,
                    Target.judge(scenario, times, end, perConfirmation.cpu(), perConfirmation.peakRssMiB()),
                    simulator.rejectedRequests(),
                    watcher.pollFailures(),
                    perConfirmation.cpu(),
                    perConfirmation.threads(),
                    perConfirmation.peakRssMiB(),
                    perConfirmation.database(),
                    events);
        }
    }

    /** Waits until every session has a real link, or no new one came for the settle time. */
    private static void awaitLinks(LinkWatcher watcher, int count, Duration settle, CompletableFuture<Void> disruption)
            throws InterruptedException {
        int last = -1;
        Instant lastChange = Instant.now();
        while (watcher.linked() < count || !disruption.isDone()) {
            int now = watcher.linked() + watcher.placeholders();
            if (now != last || !disruption.isDone()) {
                last = now;
                lastChange = Instant.now();
            } else if (Duration.between(lastChange, Instant.now()).compareTo(settle) > 0) {
                System.out.printf(
                        "No new link for %d s; %d of %d sessions have a real link. Stopping the wait.%n",
                        settle.toSeconds(), watcher.linked(), count);
                return;
            }
            Thread.sleep(100);
        }
    }
}
