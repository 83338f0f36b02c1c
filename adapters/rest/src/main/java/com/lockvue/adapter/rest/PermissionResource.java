package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.adapter.rest.dto.PermissionDtos.PermissionDto;
import com.lockvue.adapter.rest.dto.PermissionDtos.PermissionPage;
import com.lockvue.adapter.rest.dto.PermissionDtos.ShareLocksRequest;
import com.lockvue.adapter.rest.dto.PermissionDtos.ShareLocksResponse;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.FindPermissionsQuery;
import com.lockvue.application.port.in.RevokePermissionUseCase;
import com.lockvue.application.port.in.ShareLocksUseCase;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCodeId;
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
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/permissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class PermissionResource {
    @Inject
    ShareLocksUseCase share;
    @Inject
    FindPermissionsQuery permissions;
    @Inject
    RevokePermissionUseCase revoke;
    @Inject
    Callers callers;

    @GET
    public PermissionPage list(@QueryParam("lockId") String lockId, @QueryParam("uniqueCodeId") String uniqueCodeId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Page<PermissionView> page = permissions.list(callers.admin(), Params.optionalId(lockId, "lockId", LockId::new),
                Params.optionalId(uniqueCodeId, "uniqueCodeId", UniqueCodeId::new), Params.page(limit, cursor));
        return new PermissionPage(page.items().stream().map(PermissionDto::of).toList(), page.nextCursor());
    }

    @POST
    @Idempotent
    public Response share(ShareLocksRequest request) {
        ShareLocksRequest body = Params.body(request);
        Check check = new Check();
        List<LockId> lockIds = null;
        if (body.lockIds() != null) {
            lockIds = new ArrayList<>();
            for (int i = 0; i < body.lockIds().size(); i++) {
                String pointer = "lockIds/" + i;
                String raw = body.lockIds().get(i);
                lockIds.add(check.attempt(() -> Params.id(raw, pointer, LockId::new)));
            }
        }
        Recipient recipient = null;
        if (body.recipient() == null) {
            check.require(false, "/recipient", "is required");
        } else {
            check.require(body.recipient().type() != null, "/recipient/type", "is required");
            UniqueCodeId codeId = check.attempt(
                    () -> Params.id(body.recipient().uniqueCodeId(), "recipient/uniqueCodeId", UniqueCodeId::new));
            recipient = codeId == null ? null : new Recipient.UniqueCode(codeId);
        }
        check.orThrow();
        List<PermissionView> shared = share.share(callers.admin(),
                new ShareLocksUseCase.ShareLocksCommand(lockIds, recipient, body.level()));
        return Response.ok(new ShareLocksResponse(shared.stream().map(PermissionDto::of).toList())).build();
    }

    @DELETE
    @Path("/{permissionId}")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 204 (NoContent)
    public Response revoke(@PathParam("permissionId") String id) {
        revoke.revoke(callers.admin(), Params.id(id, "permissionId", PermissionId::new));
        return NoContent.response();
    }
}
