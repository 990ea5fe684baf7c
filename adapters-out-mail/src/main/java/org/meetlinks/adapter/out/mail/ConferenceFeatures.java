package org.meetlinks.adapter.out.mail;

import net.fortuna.ical4j.model.Parameter;

/**
 * The RFC 7986 FEATURE parameter written as the multi-valued list {@code FEATURE=AUDIO,VIDEO}.
 * (ical4j's own {@code Feature} quotes the joined list, which turns it into one value "AUDIO,VIDEO".)
 */
final class ConferenceFeatures extends Parameter {
    private static final long serialVersionUID = 1L;
    static final ConferenceFeatures AUDIO_VIDEO = new ConferenceFeatures("AUDIO,VIDEO");

    private final String value;

    private ConferenceFeatures(String value) {
        super(Parameter.FEATURE);
        this.value = value;
    }

    @Override
    public String getValue() {
        return value;
    }
}
