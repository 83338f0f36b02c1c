package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.adapter.rest.dto.LockCommandDtos.LockCommandDto;
import com.lockvue.adapter.rest.dto.LockCommandDtos.LockCommandRequest;
import com.lockvue.adapter.rest.dto.LockCommandDtos.TrustAnchorDto;
import com.lockvue.adapter.rest.dto.LockCommandDtos.TrustAnchors;
import com.lockvue.adapter.rest.headers.RateLimitHeaders;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.GetTrustAnchorsQuery;
import com.lockvue.application.port.in.IssueLockCommandUseCase;
import com.lockvue.application.port.in.IssueLockCommandUseCase.IssueLockCommandCommand;
import com.lockvue.domain.lock.LockId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Signed Bluetooth commands for locks, and the keys locks are provisioned with (docs/lock-protocol.md). */
@Path("/api/v1/locks/{lockId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LockCommandResource {
    @Inject
    IssueLockCommandUseCase commands;
    @Inject
    GetTrustAnchorsQuery trustAnchors;
    @Inject
    Callers callers;

    @POST
    @Path("/unlock-commands")
    @RolesAllowed({Roles.CODE_SESSION, Roles.ACCOUNT_ADMIN, Roles.API_KEY})
    @Idempotent
    public Response issue(@PathParam("lockId") String lockId, LockCommandRequest request) {
        LockCommandRequest body = Params.body(request);
        LockId lock = Params.id(lockId, "lockId", LockId::new);
        IssueLockCommandCommand command = IssueLockCommandCommand.of(body.nonce(), body.action());
        var issued = callers.isCodeSession()
                ? commands.issue(callers.codeSession(), lock, command)
                : commands.issue(callers.admin(), lock, command);
        return RateLimitHeaders.add(Response.status(Response.Status.CREATED), issued.limits())
                .entity(LockCommandDto.of(issued)).build();
    }

    @GET
    @Path("/trust-anchors")
    @RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
    public TrustAnchors trustAnchors(@PathParam("lockId") String lockId) {
        LockId lock = Params.id(lockId, "lockId", LockId::new);
        return new TrustAnchors(lock.value(),
                trustAnchors.trustAnchors(callers.admin(), lock).stream().map(TrustAnchorDto::of).toList());
    }
}
