package org.relieftrace.relief.reliefcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticePosted;

/** 公示栏 — writes every posted list, as the snapshot that was posted. */
@ApplicationScoped
@ProcessingGroup("notices")
public class NoticeProjection {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @EventHandler
    void on(NoticePosted e) throws JsonProcessingException {
        sql.update("INSERT INTO relief.public_notice (notice_id, village_code, posted_on, ends_on, entries)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (notice_id) DO NOTHING", e.noticeId(), e.villageCode(),
                e.postedOn(), e.endsOn(), json.writeValueAsString(e.entries()));
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.public_notice");
    }
}
