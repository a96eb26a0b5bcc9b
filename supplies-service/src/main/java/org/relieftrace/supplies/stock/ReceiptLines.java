package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.supplies.ReceiptLine;
import org.relieftrace.platform.command.Commands;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.supplies.registryfacts.RegistryFacts;

/**
 * 入库明细 — the lots a receipt request records, labelled from the catalog the registry published: the item's unit
 * and specification, and an expiry from its shelf life when only the production date is given. An unknown item or
 * an expiry before production is invalid input, named by its field.
 */
@ApplicationScoped
public class ReceiptLines {

    @Inject
    RegistryFacts registry;

    @Inject
    Commands commands;

    /** One new lot per line of the request (its id derived from the request's idempotency key, if any). */
    public List<ReceiptLine> of(ReceiptRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        List<ReceiptLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            ReceiptRequest.Line line = request.lines().get(i);
            String at = "lines[" + i + "].";
            RegistryFacts.Item item = registry.item(line.itemCode()).orElse(null);
            if (item == null) {
                errors.add(new InvalidInput.FieldError(at + "itemCode", "unknown item " + line.itemCode()));
                continue;
            }
            if (line.producedOn() != null && line.expiresOn() != null && line.expiresOn().isBefore(line.producedOn())) {
                errors.add(new InvalidInput.FieldError(at + "expiresOn", "is before producedOn"));
            }
            LocalDate expiresOn = line.expiresOn();
            if (expiresOn == null && line.producedOn() != null && item.shelfLifeDays() != null) {
                expiresOn = line.producedOn().plusDays(item.shelfLifeDays());
            }
            lines.add(new ReceiptLine(commands.newId("lot-" + i), item.code(), line.lotNumber().strip(),
                    line.quantity(), item.unit(), line.specification() != null ? line.specification()
                    : item.specification(), line.origin(), line.producedOn(), expiresOn));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return lines;
    }
}
