package com.lockvue.adapter.rest.dto;

import com.lockvue.adapter.rest.dto.AccessDtos.WeeklyWindowDto;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The typed fields of a code PATCH. Which fields were sent at all (null removes a limit, absence keeps it) is read
 * from the JSON object itself: see UniqueCodeResource.
 */
public record UniqueCodePatchRequest(String description, OffsetDateTime startsAt, OffsetDateTime expiresAt,
        List<WeeklyWindowDto> weeklyWindows, Integer maxUnlocks, Integer expiresMinutesAfterFirstUnlock) {
}
