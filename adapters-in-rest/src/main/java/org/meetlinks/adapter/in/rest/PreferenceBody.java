package org.meetlinks.adapter.in.rest;

/** JSON of a mentor's preferences: the default platform (absent when unset). */
public record PreferenceBody(String defaultPlatform) {}
