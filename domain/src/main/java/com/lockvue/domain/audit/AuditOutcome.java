package com.lockvue.domain.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE
}
