// Reading a sign-in token's claims (sub, groups, exp) for display only; the server checks the signature.
// Pure: the time is a parameter, so Node can import and test it.

/** The token's payload as an object, or null when it is not a readable JWT. */
export function decodeClaims(token) {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return null;
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? claims : null;
  } catch (e) {
    console.warn('The sign-in token could not be read', e);
    return null;
  }
}

/** True when the claims carry an exp at or before nowMillis (a token without exp does not expire here). */
export function hasExpired(claims, nowMillis) {
  return typeof claims.exp === 'number' && claims.exp * 1000 <= nowMillis;
}

/** The subject of a token that has not expired at nowMillis, or null. */
export function signedInAs(token, nowMillis) {
  const claims = decodeClaims(token);
  if (!claims || hasExpired(claims, nowMillis)) {
    return null;
  }
  return typeof claims.sub === 'string' ? claims.sub : null;
}
