package org.meetlinks.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Stopping waits for the pass under way, and no pass starts once stopping has begun. */
class PassGateTest {
    private final PassGate gate = new PassGate();

    @Test
    void stop_waits_for_the_pass_under_way() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> pass = CompletableFuture.runAsync(() -> gate.run("slow", () -> {
            started.countDown();
            await(release);
            return 1;
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> gate.stop(Duration.ofSeconds(10)));
        Thread.sleep(100);
        assertThat(stopped).as("stop returned while the pass was running").isNotDone();

        release.countDown();
        assertThat(stopped.get(5, TimeUnit.SECONDS)).isTrue();
        pass.get(5, TimeUnit.SECONDS);
    }

    @Test
    void a_pass_due_after_stop_does_not_run() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(gate.stop(Duration.ofSeconds(1))).isTrue();

        gate.run("late", runs::incrementAndGet);

        assertThat(runs).hasValue(0);
    }

    @Test
    void stop_gives_up_after_its_patience_and_says_so() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> pass = CompletableFuture.runAsync(() -> gate.run("stuck", () -> {
            started.countDown();
            await(release);
            return 0;
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.stop(Duration.ofMillis(50))).isFalse();

        release.countDown();
        pass.get(5, TimeUnit.SECONDS);
    }

    @Test
    void a_failing_pass_does_not_stop_the_next_one() {
        AtomicInteger runs = new AtomicInteger();
        gate.run("failing", () -> {
            throw new IllegalStateException("database down");
        });
        gate.run("next", runs::incrementAndGet);

        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
