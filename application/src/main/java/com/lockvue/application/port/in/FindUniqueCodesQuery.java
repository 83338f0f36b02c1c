package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;

/** The Unique Codes page: Active and Expired lists, and one code. */
public interface FindUniqueCodesQuery {
    Page<UniqueCodeView> list(AccountAdmin admin, UniqueCodeStatus status, PageRequest page);

    UniqueCodeView get(AccountAdmin admin, UniqueCodeId id);
}
