package com.lockvue.application.service;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindApiKeysQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.ApiKeyQueries;
import com.lockvue.domain.apikey.ApiKey;

public class FindApiKeysService implements FindApiKeysQuery {
    private final ApiKeyQueries keys;
    private final TransactionRunner tx;

    public FindApiKeysService(ApiKeyQueries keys, TransactionRunner tx) {
        this.keys = keys;
        this.tx = tx;
    }

    @Override
    public Page<ApiKey> list(AccountAdmin owner, PageRequest page) {
        owner.owner();
        return tx.inTransaction(() -> keys.list(owner.accountId(), page));
    }
}
