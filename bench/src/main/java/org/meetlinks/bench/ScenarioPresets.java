package org.meetlinks.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meetlinks.bench.Scenario.Disruption;
import org.meetlinks.bench.Scenario.ProviderFaults;

/** The named benchmark scenarios that {@code --scenario} picks from. */
final class ScenarioPresets {

    private ScenarioPresets() {}

    /** Every preset, by name. */
    static final List<Scenario> ALL = List.of(
            new Scenario(
                    "steady",
                    "2,000 confirmations at 50/s, provider latency 300 ms",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    false,
                    1,
                    100),
            new Scenario(
                    "burst",
                    "5,000 confirmations sent at once, provider latency 100 ms",
                    5000,
                    0,
                    100,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    false,
                    1,
                    100),
            new Scenario(
                    "faults",
                    "2,000 at 50/s, 300 ms; 5% provider 5xx, 2% timeouts, 2% 429",
                    2000,
                    50,
                    300,
                    new ProviderFaults(0.05, 0.02, 0.02),
                    Disruption.NONE,
                    false,
                    1,
                    100),
            new Scenario(
                    "crash",
                    "2,000 at 50/s, 300 ms; the server is killed (kill -9) mid-run and restarted",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.KILL_SERVER,
                    false,
                    1,
                    100),
            new Scenario(
                    "redelivery",
                    "2,000 at 50/s, 300 ms; every message delivered twice",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    true,
                    1,
                    100),
            new Scenario(
                    "db-restart",
                    "2,000 at 50/s, 300 ms; PostgreSQL stopped mid-run for 5 s and restarted",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.RESTART_DATABASE,
                    false,
                    1,
                    100),
            new Scenario(
                    "scale-out",
                    "2,000 at 50/s, 300 ms; two server instances share one queue and database",
                    2000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.NONE,
                    false,
                    2,
                    100),
            new Scenario(
                    "brownout",
                    "3,000 at 50/s, 300 ms; from 12 s on, every provider call hangs past its timeout "
                            + "for 30 s, then the providers recover",
                    3000,
                    50,
                    300,
                    ProviderFaults.NONE,
                    Disruption.PROVIDER_BROWNOUT,
                    false,
                    1,
                    100));

    /** The preset of that name (case-insensitive), if there is one. */
    static Optional<Scenario> named(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
