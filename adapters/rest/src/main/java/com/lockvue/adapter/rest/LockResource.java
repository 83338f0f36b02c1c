package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.adapter.rest.dto.LockDtos.ActivateLockRequest;
import com.lockvue.adapter.rest.dto.LockDtos.LockDto;
import com.lockvue.adapter.rest.dto.LockDtos.LockPage;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.ActivateLockUseCase;
import com.lockvue.application.port.in.FindLocksQuery;
import com.lockvue.adapter.rest.dto.LockDtos.LockListItem;
import com.lockvue.application.view.LockListing;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

@Path("/api/v1/locks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class LockResource {
    @Inject
    ActivateLockUseCase activate;
    @Inject
    FindLocksQuery locks;
    @Inject
    Callers callers;

    @GET
    public LockPage list(@QueryParam("search") String search, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Page<LockListing> page = locks.search(callers.admin(), search, Params.page(limit, cursor));
        return new LockPage(page.items().stream().map(LockListItem::of).toList(), page.nextCursor());
    }

    @POST
    @Idempotent
    public Response activate(ActivateLockRequest request) {
        ActivateLockRequest body = Params.body(request);
        Lock lock = activate.activate(callers.admin(),
                ActivateLockUseCase.ActivateLockCommand.of(body.serialNumber(), body.name()));
        return Response.created(URI.create("/api/v1/locks/" + lock.id())).entity(LockDto.of(lock)).build();
    }

    @GET
    @Path("/{lockId}")
    public LockDto get(@PathParam("lockId") String lockId) {
        return LockDto.of(locks.get(callers.admin(), Params.id(lockId, "lockId", LockId::new)));
    }
}
