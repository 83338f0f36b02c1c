package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.application.port.in.IdempotentRequestUseCase.Commit;
import com.lockvue.adapter.rest.dto.CodeSessionDtos.CodeLoginRequest;
import com.lockvue.adapter.rest.dto.CodeSessionDtos.CodeSessionLocks;
import com.lockvue.adapter.rest.dto.CodeSessionDtos.CodeSessionToken;
import com.lockvue.adapter.rest.dto.CodeSessionDtos.SharedLockDto;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.CodeSummary;
import com.lockvue.adapter.rest.headers.RateLimitHeaders;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.adapter.rest.security.TokenIssuer;
import com.lockvue.application.port.in.CodeLoginUseCase;
import com.lockvue.adapter.rest.dto.CodeSessionDtos.CodeSessionDevice;
import com.lockvue.adapter.rest.dto.CodeSessionDtos.DeviceNamePatch;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.ListSharedLocksQuery;
import com.lockvue.application.port.in.RenameDeviceUseCase;
import com.lockvue.domain.uniquecode.DeviceName;
import jakarta.ws.rs.PATCH;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The mobile app's side: Code Login and what a code session may see. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CodeLoginResource {
    @Inject
    CodeLoginUseCase codeLogin;
    @Inject
    ListSharedLocksQuery sharedLocks;
    @Inject
    RenameDeviceUseCase renameDevice;
    @Inject
    TokenIssuer tokens;
    @Inject
    Callers callers;
    @POST
    @Path("/code-login")
    @PermitAll
    @Idempotent(commit = Commit.IN_STEPS)
    public Response logIn(CodeLoginRequest request) {
        CodeLoginRequest body = Params.body(request);
        var result = codeLogin.logIn(CodeLoginUseCase.CodeLoginCommand.of(body.code(), body.deviceId(),
                body.deviceName(), callers.clientAddress()));
        TokenIssuer.IssuedToken token = tokens.forCodeSession(result);
        return RateLimitHeaders.add(Response.ok(new CodeSessionToken(token.token(), "Bearer", token.expiresAt(),
                CodeSummary.of(result.code()))), result.limits()).build();
    }

    @GET
    @Path("/code-session/locks")
    @RolesAllowed(Roles.CODE_SESSION)
    public CodeSessionLocks locks() {
        var shared = sharedLocks.list(callers.codeSession());
        return new CodeSessionLocks(CodeSummary.of(shared.code()),
                shared.locks().stream().map(lock -> SharedLockDto.of(lock, shared.access())).toList());
    }

    @PATCH
    @Path("/code-session/device")
    @RolesAllowed(Roles.CODE_SESSION)
    public CodeSessionDevice renameDevice(DeviceNamePatch request) {
        DeviceNamePatch body = Params.body(request);
        CodeSession session = callers.codeSession();
        DeviceName name = renameDevice.rename(session, new DeviceName(body.deviceName()));
        return new CodeSessionDevice(session.deviceId().value(), name.value());
    }
}
