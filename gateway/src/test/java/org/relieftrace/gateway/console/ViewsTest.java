package org.relieftrace.gateway.console;

import org.junit.jupiter.api.Test;
import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.gateway.console.audit.AuditViews.EventView;
import org.relieftrace.gateway.console.relief.CaseViews.CaseView;
import org.relieftrace.gateway.console.request.RequestViews.RequestView;
import org.relieftrace.gateway.console.transfer.TransferViews.TransferView;

import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aListIsReadFromTheEnvelopeWithItsActionsAndFieldsTheConsoleDoesNotUsePassedOver() throws Exception {
        ListPage<TransferView> page = Views.page(JSON, JSON.readTree("""
                {"items":[{"transferId":"7d5c1c4e-0000-4000-8000-000000000001","fromDepotId":"a","toDepotId":"b",
                  "fromDivision":"500118000000","status":"REQUESTED","lateral":false,
                  "lines":[{"itemCode":"TENT-12","quantity":20,"lotId":null}],"lots":[],
                  "dispatchVoucherDue":null,"actions":["approve","reject"]}],
                 "page":0,"size":50,"total":51}
                """), TransferView.class);
        assertThat(page.total()).isEqualTo(51);
        assertThat(page.size()).isEqualTo(50);
        assertThat(page.items()).singleElement().satisfies(transfer -> {
            assertThat(transfer.actions()).containsExactly("approve", "reject");
            assertThat(transfer.lines()).singleElement().extracting(line -> line.quantity()).isEqualTo(20L);
            assertThat(transfer.lots()).isEmpty();
        });
    }

    @Test
    void aViewWithoutActionsOffersNoStep() throws Exception {
        RequestView request = Views.one(JSON, JSON.readTree("""
                {"requestId":"r-1","divisionCode":"500118116000","disasterId":"d-1","affectedPeople":30,
                 "status":"IN_REVIEW","approvedBy":["500118116000"],"submittedAt":"2026-07-20T01:00:00Z",
                 "fulfilled":false,"items":[{"itemCode":"WATER-550","quantity":100,"fulfilled":0,"outstanding":100}]}
                """), RequestView.class);
        assertThat(request.actions()).isEmpty();
        assertThat(request.items()).singleElement().extracting(item -> item.outstanding()).isEqualTo(100L);
    }

    @Test
    void aCaseCarriesTheVerbsOfItsStepsAndAnAuditEventKeepsItsPayloadAsItIs() throws Exception {
        ListPage<CaseView> cases = Views.page(JSON, JSON.readTree("""
                {"items":[{"caseId":"c-1","householdId":"h-1","divisionCode":"500118116201","category":"EMERGENCY",
                  "status":"ON_NOTICE","openObjections":1,"proposedAmountFen":180000,"noticeEndsOn":"2026-07-27",
                  "actions":["objections","resolution"]}],"page":0,"size":100,"total":1}
                """), CaseView.class);
        assertThat(cases.items().get(0).actions()).containsExactly("objections", "resolution");
        assertThat(cases.items().get(0).amountFen()).isNull();

        EventView event = Views.one(JSON, JSON.readTree("""
                {"sequence":3,"globalIndex":17,"payloadType":"org.relieftrace.contracts.supplies.StockReceived",
                 "timestamp":"2026-07-20T01:00:00Z","payload":{"itemCode":"TENT-12","quantity":4}}
                """), EventView.class);
        assertThat(event.name()).isEqualTo("StockReceived");
        assertThat(event.payload().path("quantity").asLong()).isEqualTo(4);
    }
}
