package org.meetlinks.adapter.in.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds RFC 9457 problem+json responses. */
final class Problem {
    static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {}

    static Response of(Response.Status status, String title, String detail) {
        return build(status, title, detail, null);
    }

    static Response ofField(Response.Status status, String title, String field, String detail) {
        return build(status, title, detail, field);
    }

    private static Response build(Response.Status status, String title, String detail, String field) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.getStatusCode())
                .add("detail", detail);
        if (field != null) {
            body.add("field", field);
        }
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body.build().toString())
                .build();
    }
}
