// What the mentor page knows while it is open: the token and its claims, the sessions shown, polling, preference.

export const state = {
  token: null,
  claims: null,
  isMentor: false,
  sessions: [],
  checks: {},
  pagesLoaded: 0,
  hasMore: false,
  polls: 0,
  pollTimer: null,
  savedPlatform: null,
  preferenceRequest: 0,
  expired: false,
};
