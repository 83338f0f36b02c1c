package com.lockvue.application.port.in;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.apikey.ApiKey;

/** The owner's list of the account's keys: names, prefixes, scopes and last uses, never secrets. */
public interface FindApiKeysQuery {
    Page<ApiKey> list(AccountAdmin owner, PageRequest page);
}
