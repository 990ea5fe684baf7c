package org.meetlinks.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The benchmark driver. Starts PostgreSQL, the mail sink, the provider simulator and an Artemis broker, one or two
 * Liberty servers configured for that broker, connects the mentors, sends the confirmations over JMS from this
 * separate process, disrupts the system if the scenario says so, and reports what happened.
 */
public final class Bench {
    private static final Logger LOG = Logger.getLogger(Bench.class.getName());
    private static final Duration SERVER_START = Duration.ofSeconds(240);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Scenario scenario = options.scenario();
        String runId = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        System.out.printf("meetlinks benchmark '%s': %s (%d confirmations, %s, provider latency %d ms, %d instance(s))%n",
                scenario.name(), scenario.summary(), scenario.count(),
                scenario.ratePerSecond() > 0 ? scenario.ratePerSecond() + "/s" : "all at once", scenario.latencyMs(),
                scenario.instances());
        Path work = options.root().resolve("bench/target/run-" + scenario.name());
        LibertyServer.deleteRecursively(work);
        RunReport report;
        try (LocalStack stack = LocalStack.start(options.ports(), work)) {
            List<LibertyServer> servers = new ArrayList<>();
            for (int n = 1; n <= scenario.instances(); n++) {
                servers.add(LibertyServer.create(options.root(), "bench-" + n, n, options.ports(), stack.brokerUrl()));
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

    private static RunReport run(BenchOptions options, String runId, LocalStack stack, List<LibertyServer> servers)
            throws Exception {
        Scenario scenario = options.scenario();
        SimulatorControl simulator = new SimulatorControl(stack.simulatorUrl());
        DevTokens tokens = DevTokens.load(options.root());
        System.out.printf("Connecting %d mentors (Google and Zoom) through the OAuth round trip...%n", scenario.mentors());
        List<MentorAccounts.BenchMentor> mentors = MentorAccounts.connect(scenario.mentors(), runId,
                servers.get(0).baseUrl(), simulator, tokens);
        simulator.configure(scenario.latencyMs(), scenario.faults());
        Confirmations confirmations = new Confirmations(runId, mentors);
        int count = scenario.count();
        long[] sentNanos = new long[count];
        List<String> events = new CopyOnWriteArrayList<>();
        Instant startedAt = Instant.now();
        CompletableFuture<Void> disruption = CompletableFuture.completedFuture(null);
        try (LinkWatcher watcher = new LinkWatcher(stack.jdbcUrl(), confirmations.sessionPrefix(), count);
             BookingSender sender = new BookingSender(stack.brokerUrl())) {
            Progress progress = new Progress(count, watcher);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            ticker.scheduleAtFixedRate(progress::print, 2, 2, TimeUnit.SECONDS);
            int disruptAt = count * 2 / 5;
            CompletableFuture<Void>[] started = new CompletableFuture[] {disruption};
            sender.send(confirmations, count, scenario.ratePerSecond(), scenario.deliverTwice(), sentNanos, i -> {
                progress.sent(i + 1);
                if (i == disruptAt && scenario.disruption() != Scenario.Disruption.NONE) {
                    started[0] = CompletableFuture.runAsync(() -> disrupt(scenario, stack, servers, events, progress));
                }
            });
            disruption = started[0];
            awaitLinks(watcher, count, options.settle(), disruption);
            disruption.join();
            ticker.shutdownNow();
            progress.print();
            Thread.sleep(LinkWatcher.POLL_MILLIS * 3L);
            ServiceMetrics service = ServiceMetrics.scrape(servers);
            EndState end = EndState.check(stack.jdbcUrl(), confirmations.sessionPrefix(), count, simulator.meetings(),
                    stack.brokerUrl());
            LinkTimes times = LinkTimes.of(sentNanos, watcher, confirmations, scenario.latencyMs(), simulator.stats());
            return new RunReport(scenario, startedAt, times, end, service, Target.judge(scenario, times, end),
                    simulator.rejectedRequests(), watcher.pollFailures(), events);
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
                System.out.printf("No new link for %d s; %d of %d sessions have a real link. Stopping the wait.%n",
                        settle.toSeconds(), watcher.linked(), count);
                return;
            }
            Thread.sleep(100);
        }
    }

    private static void disrupt(Scenario scenario, LocalStack stack, List<LibertyServer> servers, List<String> events,
                                Progress progress) {
        try {
            switch (scenario.disruption()) {
                case KILL_SERVER -> {
                    LibertyServer victim = servers.get(0);
                    victim.kill();
                    events.add(progress.stamp() + " killed " + victim.name() + " with SIGKILL");
                    victim.start(SERVER_START);
                    events.add(progress.stamp() + " " + victim.name() + " restarted and ready");
                }
                case RESTART_DATABASE -> {
                    events.add(progress.stamp() + " PostgreSQL stopped");
                    stack.restartDatabase(Duration.ofSeconds(5));
                    events.add(progress.stamp() + " PostgreSQL started again");
                }
                case NONE -> {
                }
            }
            events.forEach(e -> LOG.info(e));
        } catch (Exception e) {
            throw new IllegalStateException("the " + scenario.disruption() + " disruption failed", e);
        }
    }
}
