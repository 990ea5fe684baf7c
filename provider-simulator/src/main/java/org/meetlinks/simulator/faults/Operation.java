package org.meetlinks.simulator.faults;

import java.util.Set;

/** Names of the operations that faults can target. */
public final class Operation {

    /** Meeting / event creation. */
    public static final String CREATE = "create";
    /** Meeting / event read. */
    public static final String GET = "get";
    /** Listing a user's meetings (Zoom List meetings). */
    public static final String LIST = "list";
    /** Meeting / event change (PATCH, PUT). */
    public static final String UPDATE = "update";
    /** Meeting / event deletion. */
    public static final String DELETE = "delete";
    /** Account look-up (calendars/primary, calendarList, users/me). */
    public static final String PROFILE = "profile";
    /** The OAuth token endpoint (only when listed explicitly). */
    public static final String TOKEN = "token";

    /** Operations faults apply to when none are listed: every API call, not the token endpoint. */
    public static final Set<String> API_OPERATIONS = Set.of(CREATE, GET, LIST, UPDATE, DELETE, PROFILE);
    /** Every valid operation name. */
    public static final Set<String> ALL = Set.of(CREATE, GET, LIST, UPDATE, DELETE, PROFILE, TOKEN);

    private Operation() {}
}
