package org.meetlinks.application.service;

import org.meetlinks.application.port.out.RunGenerationPort;

/** A generation pool that runs each task at once on the caller's thread, or refuses all while "full". */
final class InlinePool implements RunGenerationPort {
    volatile boolean full;
    int submitted;

    @Override
    public boolean trySubmit(Runnable generation) {
        if (full) {
            return false;
        }
        submitted++;
        generation.run();
        return true;
    }
}
