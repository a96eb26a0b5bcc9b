package org.relieftrace.registry.catalog;

import java.util.regex.Pattern;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.platform.domain.CreatedOnce;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.registry.catalog.CatalogCommands.RegisterCatalogItem;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 物资目录 — one supply item of the catalog, identified by its item code (the aggregate id). It is registered once;
 * its shelf life, when it has one, is a positive number of days.
 */
@AggregateRoot
public class CatalogItem {

    /**
     * Item codes: 2 to 64 of A-Z, 0-9 and '-', with at least one letter, so that an item code is never mistaken for a
     * 12-digit division code in the shared event store.
     */
    public static final String CODE_PATTERN = "(?=.*[A-Z])[A-Z0-9-]{2,64}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    @AggregateIdentifier
    private String itemCode;

    protected CatalogItem() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(RegisterCatalogItem command) {
        CreatedOnce.require(itemCode, "catalog-item-already-registered",
                    "Catalog item " + command.itemCode() + " is already registered", command.itemCode());
        if (!CODE.matcher(command.itemCode()).matches()) {
            throw new DomainRuleViolation("catalog-item-code-malformed",
                    "Item code " + command.itemCode() + " is not of the form " + CODE_PATTERN, command.itemCode());
        }
        if (command.shelfLifeDays() != null && command.shelfLifeDays() <= 0) {
            throw new DomainRuleViolation("shelf-life-not-positive", "The shelf life of " + command.itemCode()
                    + " must be a positive number of days, or none for durable goods", command.itemCode());
        }
        if (command.category() == null || command.unit() == null || command.unit().isBlank()) {
            throw new DomainRuleViolation("catalog-item-incomplete",
                    "Catalog item " + command.itemCode() + " needs a category and a unit", command.itemCode());
        }
        apply(new CatalogItemRegistered(command.itemCode(), command.nameZh().strip(), blankToNull(command.nameEn()),
                command.category().name(), command.unit().strip(), blankToNull(command.specification()),
                command.shelfLifeDays()));
        return command.itemCode();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(CatalogItemRegistered event) {
        itemCode = event.itemCode();
    }
}
