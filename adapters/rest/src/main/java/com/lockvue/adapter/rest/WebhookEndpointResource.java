package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.dto.WebhookDtos.CreateWebhookEndpointRequest;
import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.adapter.rest.dto.WebhookDtos.WebhookDeliveryDto;
import com.lockvue.adapter.rest.dto.WebhookDtos.WebhookDeliveryPage;
import com.lockvue.adapter.rest.dto.WebhookDtos.WebhookEndpointDto;
import com.lockvue.adapter.rest.dto.WebhookDtos.WebhookEndpointList;
import com.lockvue.adapter.rest.dto.WebhookDtos.WebhookEndpointPatch;
import com.lockvue.adapter.rest.dto.WebhookDtos.WebhookEndpointWithSecret;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.page.Page;
import com.lockvue.application.port.in.FindWebhookEndpointsQuery;
import com.lockvue.application.port.in.ManageWebhookDeliveriesUseCase;
import com.lockvue.application.port.in.ManageWebhookEndpointsUseCase;
import com.lockvue.application.port.in.ManageWebhookEndpointsUseCase.CreateWebhookEndpointCommand;
import com.lockvue.application.port.in.ManageWebhookEndpointsUseCase.EndpointWithSecret;
import com.lockvue.application.port.in.ManageWebhookEndpointsUseCase.UpdateWebhookEndpointCommand;
import com.lockvue.application.view.WebhookDeliveryView;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpointId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Webhook endpoints, their delivery log, test events and redeliveries. Versions travel as ETag / If-Match. */
@Path("/api/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class WebhookEndpointResource {
    @Inject
    ManageWebhookEndpointsUseCase manage;
    @Inject
    FindWebhookEndpointsQuery find;
    @Inject
    ManageWebhookDeliveriesUseCase deliveries;
    @Inject
    Callers callers;

    @GET
    public WebhookEndpointList list() {
        return new WebhookEndpointList(find.list(callers.admin()).stream().map(WebhookEndpointDto::of).toList());
    }

    @POST
    @Idempotent
    public Response create(CreateWebhookEndpointRequest request) {
        CreateWebhookEndpointRequest body = Params.body(request);
        EndpointWithSecret created = manage.create(callers.admin(),
                CreateWebhookEndpointCommand.of(body.url(), body.description(), body.eventTypes()));
        return Response.created(URI.create("/api/v1/webhook-endpoints/" + created.endpoint().id()))
                .header("ETag", EntityTags.of(created.endpoint().version())).entity(withSecret(created)).build();
    }

    @GET
    @Path("/{endpointId}")
    public Response get(@PathParam("endpointId") String id) {
        return withTag(find.get(callers.admin(), endpointId(id)));
    }

    @PATCH
    @Path("/{endpointId}")
    public Response update(@PathParam("endpointId") String id, WebhookEndpointPatch patch,
            @HeaderParam("If-Match") String ifMatch) {
        WebhookEndpointId endpoint = endpointId(id);
        WebhookEndpointPatch body = Params.body(patch);
        return withTag(manage.update(callers.admin(), endpoint, UpdateWebhookEndpointCommand.of(body.url(),
                body.description(), body.eventTypes(), body.enabled(), EntityTags.expected(ifMatch))));
    }

    @DELETE
    @Path("/{endpointId}")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 204 (NoContent)
    public Response delete(@PathParam("endpointId") String id, @HeaderParam("If-Match") String ifMatch) {
        WebhookEndpointId endpoint = endpointId(id);
        manage.delete(callers.admin(), endpoint, EntityTags.expected(ifMatch));
        return NoContent.response();
    }

    @POST
    @Path("/{endpointId}/rotate-secret")
    @Idempotent
    public Response rotateSecret(@PathParam("endpointId") String id, @HeaderParam("If-Match") String ifMatch) {
        WebhookEndpointId endpoint = endpointId(id);
        EndpointWithSecret rotated = manage.rotateSecret(callers.admin(), endpoint, EntityTags.expected(ifMatch));
        return Response.ok(withSecret(rotated)).header("ETag", EntityTags.of(rotated.endpoint().version())).build();
    }

    @POST
    @Path("/{endpointId}/test")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 202 without a body
    public Response sendTest(@PathParam("endpointId") String id) {
        deliveries.sendTest(callers.admin(), endpointId(id));
        return Response.accepted().build();
    }

    @GET
    @Path("/{endpointId}/deliveries")
    public WebhookDeliveryPage deliveries(@PathParam("endpointId") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        WebhookEndpointId endpoint = endpointId(id);
        Page<WebhookDeliveryView> page = find.deliveries(callers.admin(), endpoint, Params.page(limit, cursor));
        return new WebhookDeliveryPage(page.items().stream().map(WebhookDeliveryDto::of).toList(), page.nextCursor());
    }

    @POST
    @Path("/{endpointId}/deliveries/{deliveryId}/redeliver")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 202 without a body
    public Response redeliver(@PathParam("endpointId") String id, @PathParam("deliveryId") String deliveryId) {
        WebhookEndpointId endpoint = endpointId(id);
        deliveries.redeliver(callers.admin(), endpoint, Params.id(deliveryId, "deliveryId", WebhookDeliveryId::new));
        return Response.accepted().build();
    }

    private static WebhookEndpointId endpointId(String raw) {
        return Params.id(raw, "endpointId", WebhookEndpointId::new);
    }

    private static WebhookEndpointWithSecret withSecret(EndpointWithSecret value) {
        return new WebhookEndpointWithSecret(WebhookEndpointDto.of(value.endpoint()), value.secret());
    }

    private static Response withTag(WebhookEndpointView view) {
        return Response.ok(WebhookEndpointDto.of(view)).header("ETag", EntityTags.of(view.version())).build();
    }
}
