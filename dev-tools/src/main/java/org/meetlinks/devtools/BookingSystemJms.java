package org.meetlinks.devtools;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Collections;

/**
 * Plays the booking system on JMS: POST /dev-tools/jms/booking-events puts the body on jms/BookingEvents
 * as a TextMessage; GET /dev-tools/jms/dead-letters lists what sits in jms/BookingEvents.DLQ.
 */
@Path("jms")
@RequestScoped
public class BookingSystemJms {
    @Resource(lookup = "jms/BookingEventsCF")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/BookingEvents")
    private Queue bookingEvents;

    @Resource(lookup = "jms/BookingEvents.DLQ")
    private Queue deadLetters;

    @POST
    @Path("booking-events")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response send(String body) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(bookingEvents, body);
        }
        return Response.accepted().build();
    }

    @GET
    @Path("dead-letters")
    @Produces(MediaType.APPLICATION_JSON)
    public String deadLetters() throws JMSException {
        JsonArrayBuilder out = Json.createArrayBuilder();
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(deadLetters)) {
            for (Object o : Collections.list(browser.getEnumeration())) {
                Message m = (Message) o;
                out.add(Json.createObjectBuilder()
                        .add("body", String.valueOf(m.getBody(String.class)))
                        .add("errorField", String.valueOf(m.getStringProperty("meetlinksErrorField")))
                        .add("error", String.valueOf(m.getStringProperty("meetlinksError"))));
            }
        }
        return out.build().toString();
    }
}
