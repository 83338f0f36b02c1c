package com.lockvue.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.adapter.rest.dto.WebhookDtos.EventPage;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.FindEventsQuery;
import com.lockvue.application.view.EventFeedPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The events feed, for integrators who cannot receive webhooks: the same events, oldest first, after a cursor. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class EventResource {
    @Inject
    FindEventsQuery events;
    @Inject
    Callers callers;
    @Inject
    ObjectMapper json;

    @GET
    public EventPage list(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        Integer size = Params.page(limit, null).limit();
        EventFeedPage page = events.events(callers.admin(), after == null || after.isEmpty() ? null : after, size);
        return new EventPage(page.events().stream().map(this::parse).toList(), page.nextCursor(), page.more());
    }

    private JsonNode parse(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }
}
