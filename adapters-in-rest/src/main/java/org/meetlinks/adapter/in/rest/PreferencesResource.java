package org.meetlinks.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.meetlinks.application.port.in.ManagePreferencesUseCase;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.Platform;

/** GET/PUT /api/me/preferences: the signed-in mentor's default platform. */
@Path("api/me/preferences")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MENTOR})
public class PreferencesResource {
    private final ManagePreferencesUseCase preferences;

    @Inject
    public PreferencesResource(ManagePreferencesUseCase preferences) {
        this.preferences = preferences;
    }

    /** For CDI client proxies only. */
    protected PreferencesResource() {
        this(null);
    }

    @GET
    public PreferenceBody get(@Context SecurityContext security) {
        return new PreferenceBody(preferences.defaultPlatform(Roles.viewer(security)).map(Enum::name).orElse(null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferenceBody set(PreferenceBody body, @Context SecurityContext security) {
        Platform platform = parse(body);
        return new PreferenceBody(preferences.setDefaultPlatform(Roles.viewer(security), platform).name());
    }

    private static Platform parse(PreferenceBody body) {
        if (body == null || body.defaultPlatform() == null) {
            throw new DomainException("defaultPlatform", "defaultPlatform is required: GOOGLE_MEET or ZOOM");
        }
        try {
            return Platform.valueOf(body.defaultPlatform());
        } catch (IllegalArgumentException e) {
            throw new DomainException("defaultPlatform", "defaultPlatform must be GOOGLE_MEET or ZOOM");
        }
    }
}
