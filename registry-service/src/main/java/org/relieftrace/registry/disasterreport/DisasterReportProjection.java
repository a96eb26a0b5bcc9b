package org.relieftrace.registry.disasterreport;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.contracts.registry.PersonCheckedIn;
import org.relieftrace.contracts.registry.ShelterRegistered;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.disasterreport.DisasterReportEvents.TownshipReportFiled;

/**
 * 乡镇灾情报告表 and 安置台账 — every township report as filed (who filed it and when), and every shelter check-in
 * with its moment and the shelter's division, from the reports' and the shelters' events.
 */
@ApplicationScoped
@ProcessingGroup("disaster-reports")
public class DisasterReportProjection {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @EventHandler
    void on(TownshipReportFiled event, @org.axonframework.eventhandling.Timestamp Instant filedAt,
            @MetaDataValue(EventMetadata.USERNAME) String username) throws JsonProcessingException {
        sql.update("""
                INSERT INTO registry.township_report (report_id, disaster_id, township_code, form, kind, as_of,
                    filed_at, filed_by, figures)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))
                ON CONFLICT (report_id) DO NOTHING""",
                event.reportId(), event.disasterId(), event.townshipCode(), event.form().name(), event.kind().name(),
                java.sql.Timestamp.from(event.asOf()), java.sql.Timestamp.from(filedAt), username,
                json.writeValueAsString(event.figures()));
    }

    @EventHandler
    void on(ShelterRegistered event) {
        sql.update("""
                INSERT INTO registry.resettlement_shelter (shelter_id, division_code) VALUES (?, ?)
                ON CONFLICT (shelter_id) DO UPDATE SET division_code = EXCLUDED.division_code""",
                event.shelterId(), event.divisionCode());
    }

    @EventHandler
    void on(PersonCheckedIn event, @org.axonframework.eventhandling.Timestamp Instant at) {
        sql.update("""
                INSERT INTO registry.resettlement_check_in (shelter_id, person_id, checked_in_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", event.shelterId(), event.personId(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.township_report, registry.resettlement_check_in,"
                + " registry.resettlement_shelter");
    }
}
