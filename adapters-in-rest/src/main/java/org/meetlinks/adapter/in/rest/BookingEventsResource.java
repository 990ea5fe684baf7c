package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.meetlinks.contract.bookingevent.BookingEventHandler;

/** POST /api/booking-events: the booking system's REST transport for booking events. */
@Path("api/booking-events")
@ApplicationScoped
public class BookingEventsResource {
    private final BookingEventHandler handler;

    @Inject
    public BookingEventsResource(BookingEventHandler handler) {
        this.handler = handler;
    }

    /** For CDI client proxies only. */
    protected BookingEventsResource() {
        this.handler = null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BOOKING_SYSTEM, Roles.ADMIN})
    public BookingEventResponse receive(String body) {
        return BookingEventResponse.of(handler.handle(body));
    }
}
