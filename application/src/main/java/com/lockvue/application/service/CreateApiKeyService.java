package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CreateApiKeyUseCase;
import com.lockvue.application.port.out.ApiKeyRepository;
import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeySecret;
import com.lockvue.domain.audit.AuditAction;
import java.util.random.RandomGenerator;

public class CreateApiKeyService implements CreateApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final AuditedTransactions audited;
    private final RandomGenerator secureRandom;

    public CreateApiKeyService(ApiKeyRepository keys, AuditedTransactions audited, RandomGenerator secureRandom) {
        this.keys = keys;
        this.audited = audited;
        this.secureRandom = secureRandom;
    }

    @Override
    public CreatedApiKey create(AccountAdmin owner, CreateApiKeyCommand command) {
        AccountAdmin.Owner creator = owner.owner();
        return audited.success(now -> owner.audit(AuditAction.API_KEY_CREATED, now), event -> {
            ApiKeySecret secret = ApiKeySecret.generate(secureRandom);
            ApiKey key = ApiKey.create(owner.accountId(), command.name(), command.scope(), command.expiresAt(), secret,
                    creator.userId(), event.now());
            keys.add(key, secret.hash());
            event.note("api-key=" + key.id() + " scope=" + key.scope());
            return new CreatedApiKey(key, secret);
        });
    }
}
