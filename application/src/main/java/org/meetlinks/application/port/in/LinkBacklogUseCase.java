package org.meetlinks.application.port.in;

/** Reports the open link work, for operations ("where is the link?"). */
public interface LinkBacklogUseCase {
    LinkBacklog backlog();
}
