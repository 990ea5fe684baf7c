package org.meetlinks.adapter.out.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.SentBy;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.meetlinks.application.port.out.RenderInvitePort;
import org.meetlinks.application.port.out.SharedLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/**
 * Builds a session's iCalendar invite (RFC 5545 with iTIP METHOD, RFC 7986 CONFERENCE): one VEVENT
 * with a UID stable per session and SEQUENCE from the session, times in the session's zone with a
 * matching VTIMEZONE, the mentor as organizer and both people as attendees, and the stable join URL
 * as location, URL and conference link.
 */
public final class InviteBuilder implements RenderInvitePort {
    static final String PRODUCT_ID = "-//meetlinks//Mentoring session invites 1.0//EN";
    private static final int MAX_SUMMARY = 500;

    private final MailSettings settings;
    private final Clock clock;
    private final InviteTimeZones zones;

    /**
     * @param settings the sending address, named in ORGANIZER;SENT-BY
     * @param clock    source of DTSTAMP
     */
    public InviteBuilder(MailSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zones = new InviteTimeZones();
    }

    /**
     * The invite as .ics text (CRLF lines, folded at 75 octets): METHOD:REQUEST, or METHOD:CANCEL with
     * STATUS:CANCELLED when {@code cancelled}. This is what {@code GET /api/sessions/{id}/invite.ics}
     * serves and what the emails carry.
     */
    @Override
    public String invite(MentoringSession session, SharedLink link, boolean cancelled) {
        Calendar calendar = calendar(session, link, cancelled);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the invite for session " + session.id(), e);
        }
        return IcsFolding.fold(out.toString());
    }

    /** The UID every revision of a session's invite shares, e.g. {@code s-123@meetlinks}. */
    public static String uid(SessionId sessionId) {
        return sessionId.value() + "@meetlinks";
    }

    Calendar calendar(MentoringSession session, SharedLink link, boolean cancelled) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        Optional<VTimeZone> zone = zones.forSession(session.timeZone(), session.startsAt(), session.endsAt());
        zone.ifPresent(calendar::add);
        Function<Instant, Temporal> time = zone.isPresent() ? inZone(session.timeZone()) : InviteBuilder::utc;
        calendar.add(event(session, link, cancelled, time));
        return calendar;
    }

    /** @param time how the invite writes a time: local with TZID, or UTC */
    private VEvent event(
            MentoringSession session, SharedLink link, boolean cancelled, Function<Instant, Temporal> time) {
        String joinUrl = link.joinUrl();
        VEvent event = new VEvent(false)
                .add(new Uid(uid(session.id())))
                .add(new Sequence(session.sequence()))
                .add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)))
                .add(new DtStart<>(time.apply(session.startsAt())))
                .add(new DtEnd<>(time.apply(session.endsAt())))
                .add(new Summary(IcsText.oneLine(session.topic(), MAX_SUMMARY)))
                .add(organizer(session))
                .add(attendee(session.mentor().name(), session.mentor().email(), Role.CHAIR))
                .add(attendee(session.mentee().name(), session.mentee().email(), Role.REQ_PARTICIPANT))
                .add(new Location(joinUrl))
                .add(new Description(InviteDescription.of(session, link, cancelled)))
                .add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED)
                .add(ImmutableTransp.OPAQUE);
        uri(joinUrl)
                .ifPresent(uri -> event.add(new Url(uri))
                        .add(new Conference(
                                new ParameterList(List.of(
                                        Value.URI,
                                        ConferenceFeatures.AUDIO_VIDEO,
                                        new Label(PlatformNames.ofLink(link).joinLabel()))),
                                uri.toString())));
        return event;
    }

    /** Times as local time with TZID, in a zone the invite carries a VTIMEZONE for. */
    private static Function<Instant, Temporal> inZone(ZoneId zone) {
        return instant -> instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone);
    }

    /** Times in UTC ("Z"), for a zone the invite cannot describe. */
    private static Temporal utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private Organizer organizer(MentoringSession session) {
        ParameterList params = new ParameterList(List.of(
                new Cn(IcsText.parameter(session.mentor().name())), new SentBy(mailto(settings.fromAddress()))));
        return new Organizer(params, mailto(session.mentor().email()));
    }

    private static Attendee attendee(String name, String email, Role role) {
        ParameterList params = new ParameterList(
                List.of(new Cn(IcsText.parameter(name)), CuType.INDIVIDUAL, role, PartStat.NEEDS_ACTION, Rsvp.TRUE));
        return new Attendee(params, mailto(email));
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not usable as a mailto: URI: an email address of the session", e);
        }
    }

    private static Optional<URI> uri(String url) {
        return Html.linkTarget(url).map(URI::create);
    }
}
