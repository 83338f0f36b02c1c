package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.GetTrustAnchorsQuery;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.domain.lock.LockId;
import java.util.List;

public class GetTrustAnchorsService implements GetTrustAnchorsQuery {
    private final LockRepository locks;
    private final LockCommandSigner signer;
    private final TransactionRunner tx;

    public GetTrustAnchorsService(LockRepository locks, LockCommandSigner signer, TransactionRunner tx) {
        this.locks = locks;
        this.signer = signer;
        this.tx = tx;
    }

    @Override
    public List<TrustAnchor> trustAnchors(AccountAdmin admin, LockId lockId) {
        return tx.inTransaction(() -> {
            locks.findById(admin.accountId(), lockId).orElseThrow(() -> NotFounds.lockNotShared(lockId));
            return signer.trustAnchors();
        });
    }

    @Override
    public List<TrustAnchor> publicTrustAnchors() {
        return signer.trustAnchors();
    }
}
