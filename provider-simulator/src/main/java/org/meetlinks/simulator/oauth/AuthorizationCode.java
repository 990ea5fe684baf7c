package org.meetlinks.simulator.oauth;

import java.time.Instant;

/**
 * A single-use authorization code that was handed to the client's redirect URI.
 *
 * @param code      the code
 * @param request   the authorization request it answers
 * @param account   the e-mail of the account that consented
 * @param expiresAt when it can no longer be exchanged
 */
public record AuthorizationCode(String code, AuthorizationRequest request, String account, Instant expiresAt) {}
