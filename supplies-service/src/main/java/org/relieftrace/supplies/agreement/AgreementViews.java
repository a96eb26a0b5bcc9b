package org.relieftrace.supplies.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the agreement call-off endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** 协议储备调用情况 — an agreement reserve and, per item, what is agreed, called off and left. */
    public record AgreementStanding(UUID agreementId, String contractNumber, String enterprise, LocalDate validFrom,
                                    LocalDate validTo, String divisionCode, boolean inForce,
                                    List<CallOffLine> lines) {
    }

    /** One item of an agreement: agreed (协议数量), called off (已调用) and left (剩余可调用). */
    public record CallOffLine(String itemCode, long agreed, long calledOff, long left) {
    }

    /** What is left to call off of one item under the agreements in force of one division. */
    public record Callable(String divisionCode, String itemCode, long quantity) {
    }
}
