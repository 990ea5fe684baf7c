package org.meetlinks.application.port.in;

/** Lets a session's mentor set the link by hand. */
public interface SetManualLinkUseCase {
    MeetingLinkView setManualLink(SetManualLinkCommand command);
}
