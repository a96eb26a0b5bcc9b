package org.relieftrace.gateway.console.reserve;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * The answers of the supplies-service's agreement call-off and pledge endpoints, as the reserve pages read them
 * (hand-written mirrors holding only the fields the pages use).
 */
public final class ReserveViews {

    private ReserveViews() {
    }

    /** 协议储备 — an agreement reserve and, per item, agreed, called off and left. */
    @TemplateData
    public record AgreementStanding(String agreementId, String contractNumber, String enterprise, String validFrom,
                                    String validTo, String divisionCode, boolean inForce, List<CallOffLine> lines) {

        public AgreementStanding {
            lines = lines == null ? List.of() : lines;
        }
    }

    /** One item of an agreement reserve. */
    @TemplateData
    public record CallOffLine(String itemCode, long agreed, long calledOff, long left) {
    }

    /** 捐赠承诺 — a pledge with its items and the steps ({@code actions}) the user may take. */
    @TemplateData
    public record PledgeView(String pledgeId, String donor, String divisionCode, String expectedOn, String status,
                             List<PledgeLine> lines, String recordedBy, String closedBy, String closeReason,
                             List<String> actions) {

        public PledgeView {
            lines = lines == null ? List.of() : lines;
            actions = actions == null ? List.of() : actions;
        }

        /** Whether the view offers {@code verb}. */
        public boolean offers(String verb) {
            return actions.contains(verb);
        }
    }

    /** One item of a pledge. */
    @TemplateData
    public record PledgeLine(String itemCode, long pledged, long received, long left) {
    }

    /** The statuses a pledge list can be filtered by (PledgeStatus of the API). */
    public enum PledgeStatus { OPEN, FULFILLED, CLOSED }
}
