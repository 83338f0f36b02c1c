package com.lockvue.adapter.rest.dto;

import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.User;
import java.time.Instant;
import java.util.UUID;

/** Bodies of the account, login and settings endpoints (schemas of the same names in openapi.yaml). */
public final class AccountDtos {
    private AccountDtos() {
    }

    public record SignUpRequest(String accountName, String email, String password, String timeZone) {
        @Override
        public String toString() {
            return "SignUpRequest[accountName=" + accountName + ", email=" + email + ", password=****]";
        }
    }

    public record LoginRequest(String email, String password) {
        @Override
        public String toString() {
            return "LoginRequest[email=" + email + ", password=****]";
        }
    }

    public record ChangePasswordRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[****]";
        }
    }

    public record AdminSession(String accessToken, String tokenType, Instant expiresAt, UserDto user,
            AccountDto account) {
        @Override
        public String toString() {
            return "AdminSession[accessToken=****, expiresAt=" + expiresAt + ", user=" + user + "]";
        }
    }

    public record Me(UserDto user, AccountDto account) {
    }

    public record UserDto(UUID id, String email, Instant createdAt) {
        public static UserDto of(User user) {
            return new UserDto(user.id().value(), user.email().value(), user.createdAt());
        }
    }

    public record AccountDto(UUID id, String name, Instant createdAt, SettingsDto settings) {
        public static AccountDto of(Account account) {
            return new AccountDto(account.id().value(), account.name(), account.createdAt(),
                    SettingsDto.of(account.settings()));
        }
    }

    public record SettingsDto(boolean uniqueCodesEnabled, String timeZone) {
        public static SettingsDto of(AccountSettings settings) {
            return new SettingsDto(settings.uniqueCodesEnabled(), settings.timeZone().getId());
        }
    }

    public record SettingsPatch(Boolean uniqueCodesEnabled, String timeZone) {
    }
}
