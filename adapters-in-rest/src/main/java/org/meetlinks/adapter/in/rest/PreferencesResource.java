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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "The signed-in mentor's default platform (absent when unset)")
    @APIResponse(
            responseCode = "200",
            description = "The preference",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.PREFERENCE)))
    public PreferenceBody get(@Context SecurityContext security) {
        return new PreferenceBody(preferences
                .defaultPlatform(Roles.viewer(security))
                .map(Enum::name)
                .orElse(null));
    }

    @PUT
    @Operation(summary = "Set the default platform: GOOGLE_MEET or ZOOM")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "zoom", value = ApiExamples.PREFERENCE)))
    @APIResponse(
            responseCode = "200",
            description = "The preference as now stored",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = ApiExamples.PREFERENCE)))
    @APIResponse(responseCode = "400", description = "Not GOOGLE_MEET or ZOOM (field defaultPlatform)")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferenceBody set(PreferenceBody body, @Context SecurityContext security) {
        Platform platform = parse(body);
        return new PreferenceBody(
                preferences.setDefaultPlatform(Roles.viewer(security), platform).name());
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
