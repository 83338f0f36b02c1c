package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.RevokeApiKeyUseCase;
import com.lockvue.application.port.out.ApiKeyRepository;
import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeyId;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;

public class RevokeApiKeyService implements RevokeApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final AuditedTransactions audited;

    public RevokeApiKeyService(ApiKeyRepository keys, AuditedTransactions audited) {
        this.keys = keys;
        this.audited = audited;
    }

    @Override
    public void revoke(AccountAdmin owner, ApiKeyId id) {
        owner.owner();
        audited.success(now -> owner.audit(AuditAction.API_KEY_REVOKED, now), event -> {
            ApiKey key = keys.findActive(owner.accountId(), id)
                    .orElseThrow(() -> new NotFound(FailureCode.API_KEY_NOT_FOUND, "No API key " + id + " on this account"));
            key.revoke(event.now());
            keys.revoke(key);
            event.note("api-key=" + id);
            return null;
        });
    }
}
