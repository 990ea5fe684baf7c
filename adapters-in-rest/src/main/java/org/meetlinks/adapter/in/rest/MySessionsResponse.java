package org.meetlinks.adapter.in.rest;

import java.util.List;
import org.meetlinks.application.port.in.MySessionsPage;

/** JSON of one dashboard page: the rows, the window searched, and whether another page follows. */
public record MySessionsResponse(
        List<MySessionResponse> sessions, String from, String to, int page, int size, boolean hasMore) {

    static MySessionsResponse of(MySessionsPage page) {
        return new MySessionsResponse(
                page.sessions().stream().map(MySessionResponse::of).toList(),
                page.from().toString(),
                page.to().toString(),
                page.page(),
                page.size(),
                page.hasMore());
    }
}
