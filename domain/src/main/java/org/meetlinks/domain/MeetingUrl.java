package org.meetlinks.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A validated meeting URL: the shape depends on the platform it belongs to. */
public final class MeetingUrl {
    /** Longest URL accepted anywhere (manual links included). */
    public static final int MAX_LENGTH = 2048;

    private static final Pattern MEET = Pattern.compile("https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}");
    /** Zoom's own domains and any of their subdomains (us05web.zoom.us, acme.zoom.us, agency.zoomgov.com, ...). */
    private static final Pattern ZOOM_HOST = Pattern.compile("([a-z0-9-]+\\.)*(zoom\\.us|zoomgov\\.com|zoom\\.com)");

    private static final Pattern ZOOM_PATH = Pattern.compile("/j/\\d{9,12}");

    private final Platform platform;
    private final String value;

    private MeetingUrl(Platform platform, String value) {
        this.platform = platform;
        this.value = value;
    }

    /** Validates {@code raw} against the rules of {@code platform}. */
    public static MeetingUrl of(Platform platform, String raw) {
        Objects.requireNonNull(platform, "platform");
        if (raw == null || raw.isBlank()) {
            throw new InvalidMeetingUrlException("a meeting URL is required");
        }
        String candidate = raw.strip();
        if (candidate.length() > MAX_LENGTH) {
            throw new InvalidMeetingUrlException("a meeting URL may have at most " + MAX_LENGTH + " characters");
        }
        URI uri = parse(candidate);
        switch (platform) {
            case GOOGLE_MEET -> requireMeet(candidate);
            case ZOOM -> requireZoom(uri);
            case MANUAL -> requireSafeHttps(uri);
        }
        return new MeetingUrl(platform, candidate);
    }

    private static URI parse(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                throw new InvalidMeetingUrlException("a meeting URL may not contain spaces or control characters");
            }
        }
        try {
            return new URI(candidate);
        } catch (URISyntaxException e) {
            throw new InvalidMeetingUrlException("not a valid URL: " + e.getReason());
        }
    }

    private static void requireMeet(String candidate) {
        if (!MEET.matcher(candidate).matches()) {
            throw new InvalidMeetingUrlException("a Google Meet link looks like https://meet.google.com/abc-defg-hij");
        }
    }

    private static void requireZoom(URI uri) {
        requireSafeHttps(uri);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean pathOk =
                uri.getRawPath() != null && ZOOM_PATH.matcher(uri.getRawPath()).matches();
        // Any query string (pwd, omn, from, ...): it cannot change where the link leads.
        if (!ZOOM_HOST.matcher(host).matches() || !pathOk || uri.getRawFragment() != null) {
            throw new InvalidMeetingUrlException(
                    "a Zoom link looks like https://us05web.zoom.us/j/85012345678?pwd=...");
        }
    }

    private static void requireSafeHttps(URI uri) {
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidMeetingUrlException("a meeting URL must start with https://");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidMeetingUrlException("a meeting URL may not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidMeetingUrlException("a meeting URL needs a host name");
        }
    }

    public Platform platform() {
        return platform;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingUrl other && platform == other.platform && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
