package com.lockvue.bootstrap;

import com.lockvue.application.port.in.AuthenticateApiKeyUseCase;
import com.lockvue.application.port.in.CreateApiKeyUseCase;
import com.lockvue.application.port.in.FindApiKeysQuery;
import com.lockvue.application.port.in.RevokeApiKeyUseCase;
import com.lockvue.application.port.out.ApiKeyRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.ApiKeyQueries;
import com.lockvue.application.service.AuditedTransactions;
import com.lockvue.application.service.AuthenticateApiKeyService;
import com.lockvue.application.service.CreateApiKeyService;
import com.lockvue.application.service.FindApiKeysService;
import com.lockvue.application.service.RevokeApiKeyService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** Integrators' API keys: made, listed and revoked by the owner, checked on every request that presents one. */
public class ApiKeyWiring {

    @Produces
    @Singleton
    CreateApiKeyUseCase createApiKey(ApiKeyRepository keys, AuditedTransactions audited,
            @Named("secureRandom") SecureRandom random) {
        return new CreateApiKeyService(keys, audited, random);
    }

    @Produces
    @Singleton
    FindApiKeysQuery findApiKeys(ApiKeyQueries keys, TransactionRunner tx) {
        return new FindApiKeysService(keys, tx);
    }

    @Produces
    @Singleton
    RevokeApiKeyUseCase revokeApiKey(ApiKeyRepository keys, AuditedTransactions audited) {
        return new RevokeApiKeyService(keys, audited);
    }

    @Produces
    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(ApiKeyRepository keys, TransactionRunner tx, Clock clock) {
        return new AuthenticateApiKeyService(keys, tx, clock);
    }
}
