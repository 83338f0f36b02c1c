package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.lockvue.application.port.in.IdempotentRequestUseCase.Commit;
import com.lockvue.adapter.rest.dto.AccountDtos.AccountDto;
import com.lockvue.adapter.rest.dto.AccountDtos.AdminSession;
import com.lockvue.adapter.rest.dto.AccountDtos.ChangePasswordRequest;
import com.lockvue.adapter.rest.dto.AccountDtos.LoginRequest;
import com.lockvue.adapter.rest.dto.AccountDtos.Me;
import com.lockvue.adapter.rest.dto.AccountDtos.SignUpRequest;
import com.lockvue.adapter.rest.dto.AccountDtos.UserDto;
import com.lockvue.adapter.rest.headers.RateLimitHeaders;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.adapter.rest.security.TokenIssuer;
import com.lockvue.application.port.in.ChangePasswordUseCase;
import com.lockvue.application.port.in.GetCurrentUserQuery;
import com.lockvue.application.port.in.LogInUseCase;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.application.port.in.OwnerSessionUseCase;
import com.lockvue.application.port.in.SignUpUseCase;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    /**
     * Marks a browser as one the owner logged in from (see LogInService): HttpOnly, so page scripts never see it,
     * SameSite=Strict and sent only to the login endpoints.
     */
    public static final String KNOWN_CLIENT_COOKIE = "lockvue_known_client";
    private static final int KNOWN_CLIENT_MAX_AGE = (int) Duration.ofDays(400).toSeconds();

    @Inject
    SignUpUseCase signUp;

    @Inject
    LogInUseCase logIn;

    @Inject
    OwnerSessionUseCase sessions;

    @Inject
    ChangePasswordUseCase changePassword;

    @Inject
    GetCurrentUserQuery currentUser;

    @Inject
    TokenIssuer tokens;

    @Inject
    Callers callers;

    @POST
    @Path("/accounts")
    @PermitAll
    @Idempotent(commit = Commit.IN_STEPS)
    public Response signUp(SignUpRequest request) {
        SignUpRequest body = Params.body(request);
        LoggedIn signedUp = signUp.signUp(new SignUpUseCase.SignUpCommand(body.accountName(), body.email(),
                body.password(), body.timeZone(), callers.clientAddress()));
        return session(Response.status(Response.Status.CREATED), signedUp);
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    @Idempotent(commit = Commit.IN_STEPS)
    public Response logIn(LoginRequest request, @CookieParam(KNOWN_CLIENT_COOKIE) String knownClient) {
        LoginRequest body = Params.body(request);
        LoggedIn loggedIn = logIn.logIn(LogInUseCase.LogInCommand.of(body.email(), body.password(),
                callers.clientAddress(), knownClient));
        return session(Response.ok(), loggedIn);
    }

    @POST
    @Path("/auth/logout")
    @RolesAllowed(Roles.ACCOUNT_ADMIN)
    @Idempotent
    @Consumes(MediaType.WILDCARD) // no body: no Content-Type to insist on
    @Produces(MediaType.WILDCARD) // nor any to offer (NoContent)
    public Response logOut() {
        sessions.logOut(callers.admin());
        return NoContent.response();
    }

    @POST
    @Path("/me/password")
    @RolesAllowed(Roles.ACCOUNT_ADMIN)
    @Idempotent(commit = Commit.IN_STEPS)
    public Response changePassword(ChangePasswordRequest request, @CookieParam(KNOWN_CLIENT_COOKIE) String knownClient) {
        ChangePasswordRequest body = Params.body(request);
        LoggedIn changed = changePassword.changePassword(callers.admin(),
                new ChangePasswordUseCase.ChangePasswordCommand(body.currentPassword(), body.newPassword(), knownClient));
        return session(Response.ok(), changed);
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.ACCOUNT_ADMIN)
    public Me me() {
        var me = currentUser.currentUser(callers.admin());
        return new Me(UserDto.of(me.user()), AccountDto.of(me.account()));
    }

    private Response session(Response.ResponseBuilder response, LoggedIn loggedIn) {
        TokenIssuer.IssuedToken token = tokens.forAdmin(loggedIn);
        NewCookie knownClient = new NewCookie.Builder(KNOWN_CLIENT_COOKIE).value(loggedIn.knownClientToken())
                .path("/api/v1").maxAge(KNOWN_CLIENT_MAX_AGE).httpOnly(true).secure(callers.overHttps())
                .sameSite(NewCookie.SameSite.STRICT).build();
        return RateLimitHeaders.add(response, loggedIn.limits()).cookie(knownClient).entity(new AdminSession(token.token(), "Bearer", token.expiresAt(),
                UserDto.of(loggedIn.user()), AccountDto.of(loggedIn.account()))).build();
    }
}
