package org.meetlinks.adapter.in.rest;

/** JSON answer to "connect": where to send the mentor's browser. */
public record AuthorizationResponse(String authorizationUrl) {}
