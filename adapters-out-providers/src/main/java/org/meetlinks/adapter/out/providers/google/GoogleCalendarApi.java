package org.meetlinks.adapter.out.providers.google;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** MP Rest Client view of the Calendar v3 calls we make (built with RestClientBuilder; base URL from config). */
@Path("/calendars")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface GoogleCalendarApi {

    @POST
    @Path("/{calendarId}/events")
    GoogleJson.Event insertEvent(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("calendarId") String calendarId,
            @QueryParam("conferenceDataVersion") int conferenceDataVersion,
            @QueryParam("sendUpdates") String sendUpdates,
            GoogleJson.Event event);

    @GET
    @Path("/{calendarId}/events/{eventId}")
    GoogleJson.Event getEvent(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("calendarId") String calendarId,
            @PathParam("eventId") String eventId);

    @PATCH
    @Path("/{calendarId}/events/{eventId}")
    GoogleJson.Event patchEvent(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("calendarId") String calendarId,
            @PathParam("eventId") String eventId,
            @QueryParam("conferenceDataVersion") int conferenceDataVersion,
            @QueryParam("sendUpdates") String sendUpdates,
            GoogleJson.Event patch);

    @DELETE
    @Path("/{calendarId}/events/{eventId}")
    void deleteEvent(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("calendarId") String calendarId,
            @PathParam("eventId") String eventId,
            @QueryParam("sendUpdates") String sendUpdates);

    @GET
    @Path("/{calendarId}")
    GoogleJson.CalendarResource getCalendar(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("calendarId") String calendarId);
}
