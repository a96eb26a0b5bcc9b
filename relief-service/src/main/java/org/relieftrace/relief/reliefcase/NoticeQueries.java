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

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeView;

/** 公示栏 — reads the posted lists {@link NoticeProjection} keeps, each as the snapshot that was posted. */
@ApplicationScoped
public class NoticeQueries {

    private static final TypeReference<List<NoticeEntry>> ENTRIES = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    /** The notice, if posted. */
    public Optional<NoticeView> find(UUID noticeId) {
        return sql.one("SELECT notice_id, village_code, posted_on, ends_on, entries FROM relief.public_notice"
                + " WHERE notice_id = ?", this::view, noticeId);
    }

    /** A page of the notices of a village, latest first. */
    public ListPage<NoticeView> ofVillage(String villageCode, int page, int size) {
        return SqlPages.counted(sql, "SELECT count(*) FROM relief.public_notice WHERE village_code = ?",
                "SELECT notice_id, village_code, posted_on, ends_on, entries FROM relief.public_notice"
                        + " WHERE village_code = ? ORDER BY posted_on DESC, notice_id LIMIT ? OFFSET ?", this::view,
                page, size, villageCode);
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
