package com.lockvue.adapter.rest.security;

import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.domain.account.Password;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** bcrypt (Modular Crypt Format) with a configurable cost; bcrypt reads at most the first 72 bytes. */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {
    private final int cost;
    private final String decoy;

    public BcryptPasswordHasher(@ConfigProperty(name = "lockvue.auth.bcrypt-cost", defaultValue = "12") int cost) {
        this.cost = cost;
        this.decoy = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(), cost);
    }

    @Override
    public String hash(Password password) {
        return BcryptUtil.bcryptHash(password.reveal(), cost);
    }

    @Override
    public boolean matches(String candidate, String hash) {
        return BcryptUtil.matches(candidate, hash);
    }

    @Override
    public String decoyHash() {
        return decoy;
    }
}
