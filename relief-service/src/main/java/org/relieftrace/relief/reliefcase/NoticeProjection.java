package org.relieftrace.relief.reliefcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeConfirmed;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticePosted;

/** 公示栏 — writes every posted list, as the snapshot that was posted, marked when it was recorded after the fact. */
@ApplicationScoped
@ProcessingGroup("notices")
public class NoticeProjection {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @EventHandler
    void on(NoticePosted e) throws JsonProcessingException {
        sql.update("INSERT INTO relief.public_notice (notice_id, village_code, posted_on, ends_on, entries,"
                        + " recorded_after_the_fact, document_reference, recorded_reason, recorded_on, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (notice_id) DO NOTHING", e.noticeId(),
                e.villageCode(), e.postedOn(), e.endsOn(), json.writeValueAsString(e.entries()), e.paper(),
                e.documentReference(), e.recordedReason(), e.recordedOn(), e.recordedByName());
    }

    @EventHandler
    void on(NoticeConfirmed e) {
        sql.update("UPDATE relief.public_notice SET confirmed_by = ?, confirmed_on = ?, confirmation_reason = ?"
                + " WHERE notice_id = ?", e.byName(), e.confirmedOn(), e.reason(), e.noticeId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.public_notice");
    }
}
