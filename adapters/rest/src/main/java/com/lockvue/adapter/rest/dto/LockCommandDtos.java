package com.lockvue.adapter.rest.dto;

import com.lockvue.application.port.in.IssueLockCommandUseCase.IssuedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

public final class LockCommandDtos {
    private LockCommandDtos() {
    }

    public record LockCommandRequest(String nonce, LockAction action) {
    }

    public record LockCommandDto(UUID commandId, String command, String keyId, Instant expiresAt, LockAction action,
            PermissionLevel level) {
        public static LockCommandDto of(IssuedLockCommand issued) {
            return new LockCommandDto(issued.commandId(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(issued.signed().message()),
                    issued.signed().keyId(), issued.signed().expiresAt(), issued.action(), issued.level());
        }
    }

    public record Jwk(String kty, String crv, String x, String y, String kid, String alg, String use) {
    }

    public record TrustAnchorDto(String keyId, String alg, boolean active, Jwk jwk, String coseKey) {
        public static TrustAnchorDto of(TrustAnchor anchor) {
            return new TrustAnchorDto(anchor.keyId(), anchor.algorithm(), anchor.active(),
                    new Jwk("EC", anchor.curve(), anchor.x(), anchor.y(), anchor.keyId(), anchor.algorithm(), "sig"),
                    anchor.coseKey());
        }
    }

    public record TrustAnchors(UUID lockId, List<TrustAnchorDto> items) {
    }

    public record PublicTrustAnchors(List<TrustAnchorDto> items) {
    }
}
