package org.relieftrace.supplies.agreement;

import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;

/** What happened to an agreement's call-off book. */
public final class AgreementEvents {

    private AgreementEvents() {
    }

    /** 协议储备调用 — goods called off an agreement and received at a depot by one receipt. */
    @Revision("1")
    public record AgreementCalledOff(UUID agreementId, UUID receiptId, UUID depotId, List<ItemQuantity> lines) {
    }
}
