package com.lockvue.adapter.rest;

import com.lockvue.adapter.rest.idempotency.Idempotent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.adapter.rest.dto.AccessDtos.WeeklyWindowDto;
import com.lockvue.adapter.rest.dto.DiagnosisDtos.DiagnosisDto;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.CreateUniqueCodeRequest;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.UniqueCodeDto;
import com.lockvue.adapter.rest.dto.UniqueCodeDtos.UniqueCodePage;
import com.lockvue.adapter.rest.dto.UniqueCodePatchRequest;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.adapter.rest.security.Roles;
import com.lockvue.application.page.Page;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase;
import com.lockvue.application.port.in.DeleteUniqueCodeUseCase;
import com.lockvue.application.port.in.DiagnoseUniqueCodeQuery;
import com.lockvue.application.port.in.FindUniqueCodesQuery;
import com.lockvue.application.port.in.ReleaseDeviceUseCase;
import com.lockvue.application.port.in.SuspendUniqueCodeUseCase;
import com.lockvue.application.port.in.UpdateUniqueCodeUseCase;
import com.lockvue.application.port.in.UpdateUniqueCodeUseCase.UpdateUniqueCodeCommand;
import com.lockvue.domain.uniquecode.WeeklyWindowsInput;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/unique-codes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNT_ADMIN, Roles.API_KEY})
public class UniqueCodeResource {
    @Inject
    CreateUniqueCodeUseCase create;
    @Inject
    FindUniqueCodesQuery codes;
    @Inject
    UpdateUniqueCodeUseCase update;
    @Inject
    SuspendUniqueCodeUseCase suspension;
    @Inject
    DiagnoseUniqueCodeQuery diagnosis;
    @Inject
    DeleteUniqueCodeUseCase delete;
    @Inject
    ReleaseDeviceUseCase releaseDevice;
    @Inject
    Callers callers;
    @Inject
    ObjectMapper json;

    @GET
    public UniqueCodePage list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        UniqueCodeStatus wanted = Params.optionalEnum(status, "status", UniqueCodeStatus.class);
        Page<UniqueCodeView> page = codes.list(callers.admin(), wanted, Params.page(limit, cursor));
        return new UniqueCodePage(page.items().stream().map(UniqueCodeDto::of).toList(), page.nextCursor());
    }

    @POST
    @Idempotent
    public Response create(CreateUniqueCodeRequest request) {
        CreateUniqueCodeRequest body = Params.body(request);
        UniqueCodeView created = create.create(callers.admin(), CreateUniqueCodeUseCase.CreateUniqueCodeCommand.of(
                body.description(), instant(body.startsAt(), "startsAt"), instant(body.expiresAt(), "expiresAt"),
                windows(body.weeklyWindows()), body.maxUnlocks(), body.expiresMinutesAfterFirstUnlock()));
        return Response.created(URI.create("/api/v1/unique-codes/" + created.code().id()))
                .entity(UniqueCodeDto.of(created)).build();
    }

    @GET
    @Path("/{uniqueCodeId}")
    public Response get(@PathParam("uniqueCodeId") String id) {
        return withTag(codes.get(callers.admin(), codeId(id)));
    }

    /**
     * Only the fields present change. The body is read as a tree first to tell a field sent as null (remove the
     * windows or a limit) from one not sent (keep it), then typed as strictly as every other body.
     */
    @PATCH
    @Path("/{uniqueCodeId}")
    public Response update(@PathParam("uniqueCodeId") String id, JsonNode patch,
            @HeaderParam("If-Match") String ifMatch) throws JsonProcessingException {
        JsonNode body = Params.body(patch);
        if (!body.isObject()) {
            throw InvalidInput.of("/", "must be a JSON object");
        }
        UniqueCodePatchRequest typed = json.treeToValue(body, UniqueCodePatchRequest.class);
        for (String required : List.of("description", "startsAt", "expiresAt")) {
            if (body.has(required) && body.get(required).isNull()) {
                throw InvalidInput.of("/" + required, "must not be null");
            }
        }
        UpdateUniqueCodeCommand command = UpdateUniqueCodeCommand.of(typed.description(),
                instant(typed.startsAt(), "startsAt"), instant(typed.expiresAt(), "expiresAt"),
                body.has("weeklyWindows"), windows(typed.weeklyWindows()),
                body.has("maxUnlocks") ? Optional.ofNullable(typed.maxUnlocks()) : null,
                body.has("expiresMinutesAfterFirstUnlock") ? Optional.ofNullable(typed.expiresMinutesAfterFirstUnlock())
                        : null,
                EntityTags.expected(ifMatch));
        return withTag(update.update(callers.admin(), codeId(id), command));
    }

    @PUT
    @Path("/{uniqueCodeId}/suspension")
    public Response suspend(@PathParam("uniqueCodeId") String id) {
        return withTag(suspension.suspend(callers.admin(), codeId(id)));
    }

    @DELETE
    @Path("/{uniqueCodeId}/suspension")
    public Response resume(@PathParam("uniqueCodeId") String id) {
        return withTag(suspension.resume(callers.admin(), codeId(id)));
    }

    @GET
    @Path("/{uniqueCodeId}/diagnosis")
    public DiagnosisDto diagnose(@PathParam("uniqueCodeId") String id, @QueryParam("lockId") String lockId,
            @QueryParam("action") String action) {
        UniqueCodeId code = codeId(id);
        LockId lock = Params.optionalId(lockId, "lockId", LockId::new);
        LockAction wanted = Params.optionalEnum(action, "action", LockAction.class);
        return DiagnosisDto.of(diagnosis.diagnose(callers.admin(), code, lock, wanted));
    }

    @DELETE
    @Path("/{uniqueCodeId}")
    @Idempotent
    @Produces(MediaType.WILDCARD) // answers 204 (NoContent)
    public Response delete(@PathParam("uniqueCodeId") String id) {
        delete.delete(callers.admin(), codeId(id));
        return NoContent.response();
    }

    @DELETE
    @Path("/{uniqueCodeId}/device")
    @Idempotent
    public UniqueCodeDto releaseDevice(@PathParam("uniqueCodeId") String id) {
        return UniqueCodeDto.of(releaseDevice.release(callers.admin(), codeId(id)));
    }

    private static UniqueCodeId codeId(String raw) {
        return Params.id(raw, "uniqueCodeId", UniqueCodeId::new);
    }

    private static Response withTag(UniqueCodeView view) {
        return Response.ok(UniqueCodeDto.of(view)).header("ETag", EntityTags.of(view.code().version())).build();
    }

    private static Instant instant(OffsetDateTime value, String name) {
        return value == null ? null : Params.storable(value.toInstant(), name);
    }

    private static List<WeeklyWindowsInput.Raw> windows(List<WeeklyWindowDto> windows) {
        return windows == null ? null : windows.stream()
                .map(w -> w == null ? null : new WeeklyWindowsInput.Raw(w.days(), w.start(), w.end())).toList();
    }
}
