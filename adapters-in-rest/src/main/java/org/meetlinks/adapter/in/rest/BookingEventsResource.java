package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.contract.bookingevent.BookingEventHandler;

/** POST /api/booking-events: the booking system's REST transport for booking events. */
@Path("api/booking-events")
@ApplicationScoped
public class BookingEventsResource {
    private final BookingEventHandler handler;
    private final Duration linkWait;

    @Inject
    public BookingEventsResource(
            BookingEventHandler handler,
            @ConfigProperty(name = "meetlinks.rest.confirm-wait-ms", defaultValue = "3000") long linkWaitMillis) {
        this.handler = handler;
        this.linkWait = Duration.ofMillis(linkWaitMillis);
    }

    /** For CDI client proxies only. */
    protected BookingEventsResource() {
        this.handler = null;
        this.linkWait = Duration.ZERO;
    }

    @POST
    @Operation(
            summary = "Handle one booking event (BookingConfirmed, BookingRescheduled, BookingCancelled)",
            description = "Idempotent on eventId: a repeated event answers duplicate=true and changes nothing. A "
                    + "confirmation is stored at once and answered after a short wait for its meeting: with the real "
                    + "link if it came in time, else with status PENDING (the join URL works either way). A cancel or "
                    + "reschedule that comes before its confirmation is kept and applied then; a stale reschedule "
                    + "(occurredAt not after the session's last change) is ignored.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "confirmed", value = ApiExamples.BOOKING_CONFIRMED)))
    @APIResponse(
            responseCode = "200",
            description = "The event was handled (or was a duplicate); the session's link now",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.BOOKING_OUTCOME)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed event; field names the culprit",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.PROBLEM_FIELD)))
    @APIResponse(
            responseCode = "202",
            description = "A reschedule or cancel of a session not confirmed yet: kept "
                    + "(result HELD) and applied when the confirmation comes; no meetingLink yet")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BOOKING_SYSTEM, Roles.ADMIN})
    public Response receive(String body) {
        BookingOutcome outcome = handler.handle(body, linkWait);
        Response.Status status =
                outcome.result() == BookingOutcome.Result.HELD ? Response.Status.ACCEPTED : Response.Status.OK;
        return Response.status(status).entity(BookingEventResponse.of(outcome)).build();
    }
}
