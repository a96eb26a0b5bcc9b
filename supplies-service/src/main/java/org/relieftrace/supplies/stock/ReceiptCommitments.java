package org.relieftrace.supplies.stock;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.supplies.ReceiptSource;
import org.relieftrace.contracts.supplies.ReceiveStock;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.supplies.agreement.AgreementCommands.AgreementTerms;
import org.relieftrace.supplies.agreement.AgreementCommands.CallOff;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;
import org.relieftrace.supplies.agreement.AgreementQueries;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;
import org.relieftrace.supplies.pledge.PledgeCommands.ReceiveAgainstPledge;
import org.relieftrace.supplies.registryfacts.RegistryFacts;
import org.relieftrace.supplies.stock.StockCommands.ReceivePledged;
import org.relieftrace.supplies.stock.StockCommands.ReceiveCalledOff;

/**
 * 入库依据 — the command a receipt request becomes: a plain receipt, a call-off of the agreement reserve it names
 * (协议储备调用, source {@code AGREEMENT_CALL_OFF}, {@code agreementId} required) or a donation against the pledge it
 * names (捐赠承诺, source {@code DONATION}, {@code pledgeId} optional). A commitment named with the wrong source, or an
 * agreement the registry has not published, is invalid input naming the field. What is left is decided by the
 * commitment's aggregate, never here.
 */
@ApplicationScoped
public class ReceiptCommitments {

    @Inject
    AgreementQueries agreements;

    @Inject
    RegistryFacts registry;

    /** The command that records {@code receipt} as {@code request} asks. */
    public Object commandFor(ReceiptRequest request, ReceiveStock receipt) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        boolean callOff = request.source() == ReceiptSource.AGREEMENT_CALL_OFF;
        if (callOff && request.agreementId() == null) {
            errors.add(new InvalidInput.FieldError("agreementId", "is required for an AGREEMENT_CALL_OFF"));
        } else if (!callOff && request.agreementId() != null) {
            errors.add(new InvalidInput.FieldError("agreementId", "only with source AGREEMENT_CALL_OFF"));
        }
        if (request.pledgeId() != null && request.source() != ReceiptSource.DONATION) {
            errors.add(new InvalidInput.FieldError("pledgeId", "only with source DONATION"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (callOff) {
            AgreementTerms terms = agreements.terms(request.agreementId()).orElseThrow(() -> new InvalidInput(
                    "agreementId", "unknown agreement reserve " + request.agreementId()));
            return new ReceiveCalledOff(receipt, new CallOff(terms, receipt.receiptId(), receipt.depotId(),
                    depotDivision(receipt), receipt.receivedOn(), receipt.lines().stream()
                    .map(line -> new ItemQuantity(line.itemCode(), line.quantity())).toList()));
        }
        if (request.pledgeId() != null) {
            return new ReceivePledged(receipt, new ReceiveAgainstPledge(request.pledgeId(), receipt.receiptId(),
                    receipt.depotId(), depotDivision(receipt), receipt.lines().stream()
                    .map(line -> new PledgedQuantity(line.itemCode(), line.quantity())).toList()));
        }
        return receipt;
    }

    private String depotDivision(ReceiveStock receipt) {
        return registry.depot(receipt.depotId()).map(RegistryFacts.Depot::division)
                .orElseThrow(() -> new NotFound("depot", receipt.depotId()));
    }
}
