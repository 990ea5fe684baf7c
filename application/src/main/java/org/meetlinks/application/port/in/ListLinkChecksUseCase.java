package org.meetlinks.application.port.in;

import java.util.List;

/** The mentor page's view of the pre-session checks of the caller's upcoming sessions. */
public interface ListLinkChecksUseCase {
    /** The last check of each of the mentor's upcoming sessions that was checked; empty for a non-mentor. */
    List<LinkCheckView> myLinkChecks(Viewer viewer);
}
