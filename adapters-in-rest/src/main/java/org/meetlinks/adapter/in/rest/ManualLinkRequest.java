package org.meetlinks.adapter.in.rest;

/** JSON body of PUT meeting-link: the mentor's own link. */
public record ManualLinkRequest(String url) {}
