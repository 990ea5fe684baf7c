package org.meetlinks.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void every_scenario_of_the_issue_has_a_preset() {
        assertThat(ScenarioPresets.ALL)
                .extracting(Scenario::name)
                .containsExactly(
                        "steady", "burst", "faults", "crash", "redelivery", "db-restart", "scale-out", "brownout");
        assertThat(ScenarioPresets.named("burst").orElseThrow().ratePerSecond()).isZero();
        assertThat(ScenarioPresets.named("scale-out").orElseThrow().instances()).isEqualTo(2);
    }

    @Test
    void options_change_a_preset_and_unknown_names_are_refused_with_the_known_ones() {
        BenchOptions options = BenchOptions.parse(
                new String[] {"--scenario", "steady", "--count", "200", "--rate", "20", "--latency-ms", "50"});

        assertThat(options.scenario().count()).isEqualTo(200);
        assertThat(options.scenario().ratePerSecond()).isEqualTo(20);
        assertThat(options.scenario().latencyMs()).isEqualTo(50);
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--scenario", "steadyy"}))
                .hasMessageContaining("unknown scenario 'steadyy'")
                .hasMessageContaining("db-restart");
        assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--count", "0"}))
                .hasMessageContaining("positive");
    }

    @Test
    void jvm_options_are_split_on_spaces_and_default_to_none() {
        BenchOptions options = BenchOptions.parse(new String[] {"--jvm-options", " -XX:TieredStopAtLevel=1  -Xss512k"});

        assertThat(options.jvmOptions()).containsExactly("-XX:TieredStopAtLevel=1", "-Xss512k");
        assertThat(BenchOptions.parse(new String[0]).jvmOptions()).isEmpty();
    }

    @Test
    void provider_calls_per_meeting_count_lookups_and_creates_per_successful_create() {
        var stats = Json.createObjectBuilder()
                .add("zoom.list.200", 100)
                .add("zoom.create.201", 100)
                .add("zoom.profile.200", 50)
                .add("google.create.200", 90)
                .add("google.create.503", 10)
                .build();

        assertThat(LinkTimes.callsPerMeeting(stats, "zoom")).isEqualTo(2.0);
        assertThat(LinkTimes.callsPerMeeting(stats, "google")).isEqualTo(100.0 / 90);
    }
}
