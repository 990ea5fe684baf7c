package org.meetlinks.adapter.out.providers.zoom;

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

/** MP Rest Client view of the Zoom API v2 calls we make (built with RestClientBuilder; base URL from config). */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ZoomApi {

    @POST
    @Path("/users/me/meetings")
    ZoomJson.Meeting createMeeting(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ZoomJson.MeetingCreate meeting);

    /** Zoom's List meetings; a null {@code nextPageToken} is left out of the query (first page). */
    @GET
    @Path("/users/me/meetings")
    ZoomJson.MeetingList listMeetings(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("type") String type,
            @QueryParam("page_size") int pageSize,
            @QueryParam("next_page_token") String nextPageToken);

    @GET
    @Path("/meetings/{meetingId}")
    ZoomJson.ScheduledMeeting getMeeting(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("meetingId") long meetingId);

    @PATCH
    @Path("/meetings/{meetingId}")
    void updateMeeting(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("meetingId") long meetingId,
            ZoomJson.MeetingPatch patch);

    @DELETE
    @Path("/meetings/{meetingId}")
    void deleteMeeting(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("meetingId") long meetingId);

    @GET
    @Path("/users/me")
    ZoomJson.User me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
