package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class PermissionDtos {
    private PermissionDtos() {
    }

    public enum RecipientType {
        UNIQUE_CODE
    }

    public record RecipientRef(RecipientType type, String uniqueCodeId) {
    }

    public record ShareLocksRequest(List<String> lockIds, RecipientRef recipient, PermissionLevel level) {
    }

    public record RecipientDto(RecipientType type, UUID uniqueCodeId, String description) {
    }

    public record PermissionDto(UUID id, UUID lockId, String lockName, String lockSerialNumber, RecipientDto recipient,
            PermissionLevel level, Instant grantedAt, Instant updatedAt) {
        public static PermissionDto of(PermissionView view) {
            var p = view.permission();
            var code = (Recipient.UniqueCode) p.recipient();
            return new PermissionDto(p.id().value(), p.lockId().value(), view.lockName(), view.lockSerialNumber(),
                    new RecipientDto(RecipientType.UNIQUE_CODE, code.id().value(), view.recipientDescription()),
                    p.level(), p.grantedAt(), p.updatedAt());
        }
    }

    public record ShareLocksResponse(List<PermissionDto> items) {
    }

    public record PermissionPage(List<PermissionDto> items, String nextCursor) {
    }
}
