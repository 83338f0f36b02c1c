package com.lockvue.domain.audit;

/** Every kind of state change and access attempt the audit trail records. */
public enum AuditAction {
    ACCOUNT_CREATED,
    USER_LOGIN,
    USER_LOGOUT,
    PASSWORD_CHANGED,
    SETTINGS_CHANGED,
    LOCK_ACTIVATED,
    UNIQUE_CODE_CREATED,
    UNIQUE_CODE_DELETED,
    DEVICE_RELEASED,
    PERMISSION_GRANTED,
    PERMISSION_CHANGED,
    PERMISSION_REVOKED,
    CODE_LOGIN,
    LOCK_COMMAND_ISSUED,
    API_KEY_CREATED,
    API_KEY_REVOKED
}
