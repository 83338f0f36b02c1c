package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.dto.LockCommandDtos.PublicTrustAnchors;
import com.lockvue.adapter.rest.dto.LockCommandDtos.TrustAnchorDto;
import com.lockvue.application.port.in.GetTrustAnchorsQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public keys every lock trusts, for anyone: a lock installer provisions a lock from here, and so does the
 * guest's virtual lock on their own phone. Public keys are no secret; caching them saves the server nothing but
 * bytes, and a rotation shows within five minutes.
 */
@Path("/api/v1/trust-anchors")
@Produces(MediaType.APPLICATION_JSON)
public class TrustAnchorResource {
    static final String CACHE = "public, max-age=300";

    @Inject
    GetTrustAnchorsQuery trustAnchors;

    @GET
    @PermitAll
    public Response get() {
        return Response.ok(new PublicTrustAnchors(trustAnchors.publicTrustAnchors().stream().map(TrustAnchorDto::of)
                .toList())).header("Cache-Control", CACHE).build();
    }
}
