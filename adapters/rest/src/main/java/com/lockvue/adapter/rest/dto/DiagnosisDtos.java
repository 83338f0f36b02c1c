package com.lockvue.adapter.rest.dto;

import com.lockvue.adapter.rest.dto.AccessDtos.AccessReasonDto;
import com.lockvue.application.view.Diagnosis;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.uniquecode.DeviceName;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class DiagnosisDtos {
    private DiagnosisDtos() {
    }

    public record DiagnosisDto(UUID uniqueCodeId, UniqueCodeStatus status, Instant checkedAt,
            UniqueCodeDtos.BoundDevice device, List<VerdictDto> verdicts, List<FailedAttemptDto> recentFailures) {
        public static DiagnosisDto of(Diagnosis diagnosis) {
            var code = diagnosis.code();
            UniqueCodeDtos.BoundDevice device = code.boundDevice().map(d -> new UniqueCodeDtos.BoundDevice(d.value(),
                    code.deviceName().map(DeviceName::value).orElse(null), code.deviceBoundAt().orElseThrow()))
                    .orElse(null);
            return new DiagnosisDto(code.id().value(), diagnosis.status(), diagnosis.checkedAt(), device,
                    diagnosis.verdicts().stream().map(VerdictDto::of).toList(),
                    diagnosis.recentFailures().stream().map(FailedAttemptDto::of).toList());
        }
    }

    public record VerdictDto(UUID lockId, String lockName, LockAction action, String level, String verdict,
            List<AccessReasonDto> reasons) {
        static VerdictDto of(Diagnosis.Verdict verdict) {
            return new VerdictDto(verdict.lockId().value(), verdict.lockName(), verdict.action(),
                    verdict.level() == null ? null : verdict.level().name(), verdict.ok() ? "OK" : "BLOCKED",
                    AccessReasonDto.of(verdict.blocks()));
        }
    }

    /** A refused attempt: its problem code and what follows it in the audit trail (a device id; never a secret). */
    public record FailedAttemptDto(Instant occurredAt, AuditAction action, String code, String detail, UUID lockId,
            String clientAddress) {
        static FailedAttemptDto of(AuditEvent event) {
            String reason = event.reason() == null ? "" : event.reason().strip();
            int space = reason.indexOf(' ');
            return new FailedAttemptDto(event.occurredAt(), event.action(), space < 0 ? reason : reason.substring(0, space),
                    space < 0 ? null : reason.substring(space + 1).strip(),
                    event.lockId() == null ? null : event.lockId().value(), event.clientAddress());
        }
    }
}
