package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticePosted;

/** 公示栏 — every posted list, as the snapshot that was posted. */
@ApplicationScoped
@ProcessingGroup("notices")
public class NoticeBoard {

    /** A posted list. */
    public record NoticeView(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                             List<NoticeEntry> entries) {
    }

    private static final TypeReference<List<NoticeEntry>> ENTRIES = new TypeReference<>() {
    };

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

    /** The notice, if posted. */
    public Optional<NoticeView> find(UUID noticeId) {
        return sql.one("SELECT notice_id, village_code, posted_on, ends_on, entries FROM relief.public_notice"
                + " WHERE notice_id = ?", this::view, noticeId);
    }

    /** The notices of a village, latest first. */
    public List<NoticeView> ofVillage(String villageCode) {
        return sql.list("SELECT notice_id, village_code, posted_on, ends_on, entries FROM relief.public_notice"
                + " WHERE village_code = ? ORDER BY posted_on DESC, notice_id", this::view, villageCode);
    }

    private NoticeView view(java.sql.ResultSet rows) throws java.sql.SQLException {
        try {
            return new NoticeView(rows.getObject(1, UUID.class), rows.getString(2),
                    rows.getObject(3, LocalDate.class), rows.getObject(4, LocalDate.class),
                    json.readValue(rows.getString(5), ENTRIES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice " + rows.getString(1) + " has unreadable entries", e);
        }
    }
}
