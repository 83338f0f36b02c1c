package com.lockvue.application.port.in;

import com.lockvue.domain.apikey.ApiKeySecret;

/** Who a presented API key is: checked on every request, so revoking or expiring a key takes effect at once. */
public interface AuthenticateApiKeyUseCase {

    /** The key acting on its account; NotAuthenticated if it is unknown, revoked or expired. */
    AccountAdmin authenticate(ApiKeySecret presented, String clientAddress);
}
