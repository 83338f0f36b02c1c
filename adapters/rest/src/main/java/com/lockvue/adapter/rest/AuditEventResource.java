package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.dto.AuditDtos.AuditEventDto;
import com.lockvue.adapter.rest.dto.AuditDtos.AuditEventPage;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.FindAuditEventsQuery;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class AuditEventResource {
    @Inject
    FindAuditEventsQuery audit;
    @Inject
    Callers callers;

    @GET
    public AuditEventPage list(@QueryParam("lockId") String lockId, @QueryParam("uniqueCodeId") String uniqueCodeId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        AuditFilter filter = new AuditFilter(Params.optionalId(lockId, "lockId", LockId::new),
                Params.optionalId(uniqueCodeId, "uniqueCodeId", UniqueCodeId::new),
                Params.optionalEnum(action, "action", AuditAction.class), Params.optionalInstant(from, "from"),
                Params.optionalInstant(to, "to"));
        Page<AuditEntry> page = audit.list(callers.admin(), filter, Params.page(limit, cursor));
        return new AuditEventPage(page.items().stream().map(AuditEventDto::of).toList(), page.nextCursor());
    }
}
