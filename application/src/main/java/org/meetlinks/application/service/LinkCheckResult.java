package org.meetlinks.application.service;

import org.meetlinks.domain.LinkCheckOutcome;

/** What one pre-session check found, with the words the mentor page shows. */
record LinkCheckResult(LinkCheckOutcome outcome, String detail) {}
