package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.dto.AccountDtos.SettingsDto;
import com.lockvue.adapter.rest.dto.AccountDtos.SettingsPatch;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.ManageSettingsUseCase;
import com.lockvue.application.view.Versioned;
import com.lockvue.domain.account.AccountSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class SettingsResource {
    @Inject
    ManageSettingsUseCase settings;
    @Inject
    Callers callers;

    @GET
    public Response get() {
        return withTag(settings.settings(callers.admin()));
    }

    /** With If-Match naming the version read, the change is refused (412) if someone changed them since. */
    @PATCH
    public Response update(SettingsPatch patch, @HeaderParam("If-Match") String ifMatch) {
        SettingsPatch body = Params.body(patch);
        return withTag(settings.update(callers.admin(), ManageSettingsUseCase.UpdateSettingsCommand.of(
                body.uniqueCodesEnabled(), body.timeZone(), EntityTags.expected(ifMatch))));
    }

    private static Response withTag(Versioned<AccountSettings> current) {
        return Response.ok(SettingsDto.of(current.value())).header("ETag", EntityTags.of(current.version())).build();
    }
}
