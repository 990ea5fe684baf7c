package org.meetlinks.adapter.in.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Puts MentorPageHeaders on every response under /mentor/. */
@WebFilter(filterName = "MentorPageSecurityFilter", urlPatterns = "/mentor/*")
public class MentorPageSecurityFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        MentorPageHeaders.forPath(path).forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
