package com.lockvue.application.port.out;

import com.lockvue.domain.account.Password;

/** A deliberately slow, salted password hash. */
public interface PasswordHasher {

    String hash(Password password);

    boolean matches(Password candidate, String hash);

    /** True for a hash made by an older scheme, or with other parameters than {@link #hash} uses now. */
    boolean needsRehash(String hash);

    /** A valid hash of nothing anyone knows, compared against when the email is unknown so timing says nothing. */
    String decoyHash();
}
