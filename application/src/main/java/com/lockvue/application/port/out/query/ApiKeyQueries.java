package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.apikey.ApiKey;

/** The account's keys that are not revoked, newest first. */
public interface ApiKeyQueries {
    Page<ApiKey> list(AccountId owner, PageRequest page);
}
