package org.meetlinks.simulator.zoom;

import org.meetlinks.simulator.oauth.TokenFactory;

/**
 * A meeting's passcode as Zoom hands it out: the passcode itself, the encrypted form its join URL carries (a fresh
 * one for each passcode), and the digits-only form phone and H.323 participants type.
 */
record ZoomPasscode(String plain, String encrypted) {

    /** The given passcode, with a new encrypted form. */
    static ZoomPasscode of(String plain) {
        return new ZoomPasscode(
                plain,
                TokenFactory.random("", 24).replaceAll("[^A-Za-z0-9]", "0").substring(0, 32) + ".1");
    }

    /** A passcode Zoom makes up when the create names none: six letters and digits. */
    static ZoomPasscode random() {
        return of(TokenFactory.random("", 6).replaceAll("[^A-Za-z0-9]", "x").substring(0, 6));
    }

    /** The passcode in digits only (each non-digit becomes one). */
    String numeric() {
        StringBuilder sb = new StringBuilder();
        for (char c : plain.toCharArray()) {
            sb.append(Character.isDigit(c) ? c : (char) ('0' + Math.floorMod(c, 10)));
        }
        return sb.toString();
    }
}
