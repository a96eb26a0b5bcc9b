package org.relieftrace.gateway.console.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import static org.relieftrace.gateway.console.Forms.at;
import static org.relieftrace.gateway.console.Forms.one;
import static org.relieftrace.gateway.console.Forms.put;
import static org.relieftrace.gateway.console.Forms.putNumber;

/**
 * The body of a transfer's step as the supplies API takes it, from the step's form: a reason for every step; for the
 * dispatch vehicle, driver, waybill and day; for the receipt the good and damaged quantity of every lot sent.
 */
final class TransferSteps {

    private TransferSteps() {
    }

    static Map<String, Object> body(String step, MultivaluedMap<String, String> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "reason", one(fields, "reason"));
        if (step.equals("dispatch")) {
            put(body, "vehicle", one(fields, "vehicle"));
            put(body, "driver", one(fields, "driver"));
            put(body, "waybillNumber", one(fields, "waybillNumber"));
            put(body, "dispatchedOn", one(fields, "dispatchedOn"));
        } else if (step.equals("receive")) {
            List<Map<String, Object>> lots = new ArrayList<>();
            List<String> ids = fields.getOrDefault("sourceLotId", List.of());
            for (int i = 0; i < ids.size(); i++) {
                Map<String, Object> lot = new LinkedHashMap<>();
                lot.put("sourceLotId", ids.get(i));
                putNumber(lot, "received", at(fields, "received", i));
                putNumber(lot, "damaged", at(fields, "damaged", i));
                put(lot, "reason", at(fields, "lotReason", i));
                lots.add(lot);
            }
            body.put("lots", lots);
            put(body, "receivedOn", one(fields, "receivedOn"));
        }
        return body;
    }
}
