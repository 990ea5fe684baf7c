package org.meetlinks.simulator.google;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Hands out unique Google Meet codes of the form abc-defg-hij (lower-case letters). */
public final class MeetCodes {

    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** A code never handed out before (since the last clear). */
    public String next() {
        while (true) {
            String code = letters(3) + "-" + letters(4) + "-" + letters(3);
            if (used.add(code)) {
                return code;
            }
        }
    }

    /** Forgets the handed-out codes. */
    public void clear() {
        used.clear();
    }

    private static String letters(int n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
