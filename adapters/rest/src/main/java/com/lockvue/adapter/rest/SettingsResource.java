package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.dto.AccountDtos.SettingsDto;
import com.lockvue.adapter.rest.dto.AccountDtos.SettingsPatch;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.port.in.ManageSettingsUseCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ACCOUNT_ADMIN)
public class SettingsResource {
    @Inject
    ManageSettingsUseCase settings;
    @Inject
    Callers callers;

    @GET
    public SettingsDto get() {
        return SettingsDto.of(settings.settings(callers.admin()));
    }

    @PATCH
    public SettingsDto update(SettingsPatch patch) {
        SettingsPatch body = Params.body(patch);
        return SettingsDto.of(settings.update(callers.admin(),
                ManageSettingsUseCase.UpdateSettingsCommand.of(body.uniqueCodesEnabled(), body.timeZone())));
    }
}
