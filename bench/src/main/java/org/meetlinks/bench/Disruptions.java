package org.meetlinks.bench;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;

/**
 * What a scenario does to the system mid-run: kills a server and starts it again, restarts PostgreSQL, or makes
 * every provider call hang for a while; each step goes to the run's events with its time.
 */
final class Disruptions {
    private static final System.Logger LOG = System.getLogger(Disruptions.class.getName());

    private Disruptions() {}

    /** @param recovered gets System.nanoTime() of the providers' recovery after a brownout */
    static void disrupt(
            Scenario scenario,
            LocalStack stack,
            List<LibertyServer> servers,
            BenchSimulator simulator,
            List<String> events,
            Progress progress,
            long[] recovered,
            Duration serverStart) {
        try {
            switch (scenario.disruption()) {
                case KILL_SERVER -> {
                    LibertyServer victim = servers.get(0);
                    victim.kill();
                    events.add(progress.stamp() + " killed " + victim.name() + " with SIGKILL");
                    victim.start(serverStart);
                    events.add(progress.stamp() + " " + victim.name() + " restarted and ready");
                }
                case RESTART_DATABASE -> {
                    events.add(progress.stamp() + " PostgreSQL stopped");
                    stack.restartDatabase(Duration.ofSeconds(5));
                    events.add(progress.stamp() + " PostgreSQL started again");
                }
                case PROVIDER_BROWNOUT -> {
                    simulator.hangEveryCall(scenario.latencyMs());
                    events.add(progress.stamp() + " every provider call hangs");
                    Thread.sleep(Scenario.BROWNOUT.toMillis());
                    simulator.configure(scenario.latencyMs(), scenario.faults());
                    recovered[0] = System.nanoTime();
                    events.add(progress.stamp() + " providers recovered");
                }
                case NONE -> {}
            }
            events.forEach(e -> LOG.log(Level.INFO, e));
        } catch (Exception e) {
            throw new IllegalStateException("the " + scenario.disruption() + " disruption failed", e);
        }
    }
}
