package org.meetlinks.simulator.faults;

import java.util.Set;

/** Names of the operations that faults can target. */
public final class Operation {

    /** Meeting / event creation. */
    public static final String CREATE = "create";
    /** Meeting / event read. */
    public static final String GET = "get";
    /** Meeting / event change (PATCH, PUT). */
    public static final String UPDATE = "update";
    /** Meeting / event deletion. */
    public static final String DELETE = "delete";
    /** Account look-up (calendars/primary, calendarList, users/me). */
    public static final String PROFILE = "profile";
    /** The OAuth token endpoint (only when listed explicitly). */
    public static final String TOKEN = "token";

    /** Operations faults apply to when none are listed: every API call, not the token endpoint. */
    public static final Set<String> API_OPERATIONS = Set.of(CREATE, GET, UPDATE, DELETE, PROFILE);
    /** Every valid operation name. */
    public static final Set<String> ALL = Set.of(CREATE, GET, UPDATE, DELETE, PROFILE, TOKEN);

    private Operation() {
    }
}
