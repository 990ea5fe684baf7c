package org.meetlinks.adapter.in.jms;

import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dead letters that records what would have been moved to the exception queue, or fails as told. */
final class FakeDeadLetters extends DeadLetters {
    /** One message moved to the exception queue, with the reason attached. */
    record Moved(Message message, String field, String reason) {}

    private final List<Moved> moved = new ArrayList<>();
    private Optional<RuntimeException> failure = Optional.empty();

    @Override
    void send(Message original, String field, String reason) {
        failure.ifPresent(e -> {
            throw e;
        });
        moved.add(new Moved(original, field, reason));
    }

    /** From now on every move fails with this exception (the exception queue cannot be reached). */
    void failWith(RuntimeException e) {
        failure = Optional.of(e);
    }

    List<Moved> moved() {
        return moved;
    }
}
