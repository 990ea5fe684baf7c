package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.domain.Platform;

/** The provider names used in URLs ({@code google}, {@code zoom}) and their platforms. */
final class Providers {
    private Providers() {}

    static Platform platform(String provider) {
        return switch (provider) {
            case "google" -> Platform.GOOGLE_MEET;
            case "zoom" -> Platform.ZOOM;
            default -> throw new NotFoundException("no provider '" + provider + "'; use google or zoom");
        };
    }

    static String name(Platform platform) {
        return platform == Platform.ZOOM ? "zoom" : "google";
    }
}
