package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.adapter.rest.dto.ApiKeyDtos.ApiKeyDto;
import com.lockvue.adapter.rest.dto.ApiKeyDtos.ApiKeyPage;
import com.lockvue.adapter.rest.dto.ApiKeyDtos.CreateApiKeyRequest;
import com.lockvue.adapter.rest.dto.ApiKeyDtos.CreatedApiKeyDto;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.page.Page;
import com.lockvue.application.port.in.CreateApiKeyUseCase;
import com.lockvue.application.port.in.CreateApiKeyUseCase.CreateApiKeyCommand;
import com.lockvue.application.port.in.FindApiKeysQuery;
import com.lockvue.application.port.in.RevokeApiKeyUseCase;
import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeyId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The owner's API keys. Only the owner, logged in, manages them: a key can neither see nor make keys. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ACCOUNT_ADMIN)
public class ApiKeyResource {
    @Inject
    CreateApiKeyUseCase create;
    @Inject
    FindApiKeysQuery keys;
    @Inject
    RevokeApiKeyUseCase revoke;
    @Inject
    Callers callers;

    @GET
    public ApiKeyPage list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<ApiKey> page = keys.list(callers.admin(), Params.page(limit, cursor));
        return new ApiKeyPage(page.items().stream().map(ApiKeyDto::of).toList(), page.nextCursor());
    }

    @POST
    @Idempotent
    public Response create(CreateApiKeyRequest request) {
        CreateApiKeyRequest body = Params.body(request);
        var created = create.create(callers.admin(), new CreateApiKeyCommand(body.name(), body.scope(),
                body.expiresAt() == null ? null : Params.storable(body.expiresAt().toInstant(), "expiresAt")));
        return Response.created(URI.create("/api/v1/api-keys/" + created.key().id()))
                .entity(CreatedApiKeyDto.of(created.key(), created.secret().reveal())).build();
    }

    @DELETE
    @Path("/{apiKeyId}")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 204 (NoContent)
    public Response revoke(@PathParam("apiKeyId") String id) {
        revoke.revoke(callers.admin(), Params.id(id, "apiKeyId", ApiKeyId::new));
        return NoContent.response();
    }
}
