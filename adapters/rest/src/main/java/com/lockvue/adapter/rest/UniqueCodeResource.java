package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.CreateUniqueCodeRequest;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.UniqueCodeDto;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.UniqueCodePage;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase;
import com.lockvue.application.port.in.DeleteUniqueCodeUseCase;
import com.lockvue.application.port.in.FindUniqueCodesQuery;
import com.lockvue.application.port.in.ReleaseDeviceUseCase;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.application.page.Page;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
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

@Path("/api/v1/unique-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class UniqueCodeResource {
    @Inject
    CreateUniqueCodeUseCase create;
    @Inject
    FindUniqueCodesQuery codes;
    @Inject
    DeleteUniqueCodeUseCase delete;
    @Inject
    ReleaseDeviceUseCase releaseDevice;
    @Inject
    Callers callers;

    @GET
    public UniqueCodePage list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UniqueCodeStatus wanted = Params.optionalEnum(status, "status", UniqueCodeStatus.class);
        Page<UniqueCodeView> page = codes.list(callers.admin(), wanted, Params.page(limit, cursor));
        return new UniqueCodePage(page.items().stream().map(UniqueCodeDto::of).toList(), page.nextCursor());
    }

    @POST
    @Idempotent
    public Response create(CreateUniqueCodeRequest request) {
        CreateUniqueCodeRequest body = Params.body(request);
        UniqueCodeView created = create.create(callers.admin(), new CreateUniqueCodeUseCase.CreateUniqueCodeCommand(
                body.description(),
                body.expiresAt() == null ? null : Params.storable(body.expiresAt().toInstant(), "expiresAt")));
        return Response.created(URI.create("/api/v1/unique-codes/" + created.code().id()))
                .entity(UniqueCodeDto.of(created)).build();
    }

    @GET
    @Path("/{uniqueCodeId}")
    public Response get(@PathParam("uniqueCodeId") String id) {
        UniqueCodeView view = codes.get(callers.admin(), Params.id(id, "uniqueCodeId", UniqueCodeId::new));
        return Response.ok(UniqueCodeDto.of(view)).header("ETag", EntityTags.of(view.code().version())).build();
    }

    @DELETE
    @Path("/{uniqueCodeId}")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 204 (NoContent)
    public Response delete(@PathParam("uniqueCodeId") String id) {
        delete.delete(callers.admin(), Params.id(id, "uniqueCodeId", UniqueCodeId::new));
        return NoContent.response();
    }

    @DELETE
    @Path("/{uniqueCodeId}/device")
    @Idempotent
    public Response releaseDevice(@PathParam("uniqueCodeId") String id) {
        return Response.ok(UniqueCodeDto.of(releaseDevice.release(callers.admin(),
                Params.id(id, "uniqueCodeId", UniqueCodeId::new)))).build();
    }
}
