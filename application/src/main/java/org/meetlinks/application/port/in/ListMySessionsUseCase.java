package org.meetlinks.application.port.in;

/** Lists the signed-in mentor's or mentee's own upcoming sessions with their links, for the dashboard. */
public interface ListMySessionsUseCase {
    MySessionsPage listMySessions(ListMySessionsQuery query);
}
