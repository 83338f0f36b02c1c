package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.dto.AccountDtos.AccountDto;
import com.lockvue.adapter.rest.dto.AccountDtos.AdminSession;
import com.lockvue.adapter.rest.dto.AccountDtos.LoginRequest;
import com.lockvue.adapter.rest.dto.AccountDtos.Me;
import com.lockvue.adapter.rest.dto.AccountDtos.SignUpRequest;
import com.lockvue.adapter.rest.dto.AccountDtos.UserDto;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.adapter.rest.security.TokenIssuer;
import com.lockvue.application.port.in.GetCurrentUserQuery;
import com.lockvue.application.port.in.LogInUseCase;
import com.lockvue.application.port.in.SignUpUseCase;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.User;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Inject
    SignUpUseCase signUp;
    @Inject
    LogInUseCase logIn;
    @Inject
    GetCurrentUserQuery currentUser;
    @Inject
    TokenIssuer tokens;
    @Inject
    Callers callers;

    @POST
    @Path("/accounts")
    @PermitAll
    public Response signUp(SignUpRequest request) {
        SignUpRequest body = Params.body(request);
        var signedUp = signUp.signUp(new SignUpUseCase.SignUpCommand(body.accountName(), body.email(), body.password(),
                body.timeZone(), callers.clientAddress()));
        return Response.status(Response.Status.CREATED).entity(session(signedUp.owner(), signedUp.account())).build();
    }

    @POST
    @Path("/auth/login")
    @PermitAll
    public AdminSession logIn(LoginRequest request) {
        LoginRequest body = Params.body(request);
        var loggedIn = logIn.logIn(new LogInUseCase.LogInCommand(body.email(), body.password(), callers.clientAddress()));
        return session(loggedIn.user(), loggedIn.account());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.ACCOUNT_ADMIN)
    public Me me() {
        var me = currentUser.currentUser(callers.admin());
        return new Me(UserDto.of(me.user()), AccountDto.of(me.account()));
    }

    private AdminSession session(User user, Account account) {
        TokenIssuer.IssuedToken token = tokens.forAdmin(user);
        return new AdminSession(token.token(), "Bearer", token.expiresAt(), UserDto.of(user), AccountDto.of(account));
    }
}
