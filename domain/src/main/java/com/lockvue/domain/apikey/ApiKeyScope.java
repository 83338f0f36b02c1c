package com.lockvue.domain.apikey;

/** What a key may do on its account: read only, or everything its owner may do outside the owner's own login. */
public enum ApiKeyScope {
    READ_ONLY, FULL;

    public boolean mayChange() {
        return this == FULL;
    }
}
