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

/**
 * 公示栏 — reads the posted lists {@link NoticeProjection} keeps, each as the snapshot that was posted, with its mark
 * and period when it was recorded after the fact.
 */
@ApplicationScoped
public class NoticeQueries {

    private static final String COLUMNS = "notice_id, village_code, posted_on, ends_on, entries,"
            + " recorded_after_the_fact, document_reference, recorded_reason, recorded_on, recorded_by, confirmed_by,"
            + " confirmed_on, confirmation_reason";
    private static final TypeReference<List<NoticeEntry>> ENTRIES = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    /** The notice, if posted. */
    public Optional<NoticeView> find(UUID noticeId) {
        return sql.one("SELECT " + COLUMNS + " FROM relief.public_notice"
                + " WHERE notice_id = ?", this::view, noticeId);
    }

    /** A page of the notices of a village, latest first. */
    public ListPage<NoticeView> ofVillage(String villageCode, int page, int size) {
        return SqlPages.counted(sql, "SELECT count(*) FROM relief.public_notice WHERE village_code = ?",
                "SELECT " + COLUMNS + " FROM relief.public_notice"
                        + " WHERE village_code = ? ORDER BY posted_on DESC, notice_id LIMIT ? OFFSET ?", this::view,
                page, size, villageCode);
    }

    private NoticeView view(java.sql.ResultSet rows) throws java.sql.SQLException {
        try {
            LocalDate postedOn = rows.getObject(3, LocalDate.class);
            LocalDate endsOn = rows.getObject(4, LocalDate.class);
            LocalDate recordedOn = rows.getObject(9, LocalDate.class);
            String confirmedBy = rows.getString(11);
            return new NoticeView(rows.getObject(1, UUID.class), rows.getString(2), postedOn, endsOn,
                    json.readValue(rows.getString(5), ENTRIES), rows.getBoolean(6), rows.getString(7),
                    rows.getString(8), recordedOn, rows.getString(10), confirmedBy,
                    rows.getObject(12, LocalDate.class), rows.getString(13),
                    CaseRules.noticeRunsUntil(postedOn, endsOn, rows.getBoolean(6) ? recordedOn : null,
                            confirmedBy != null), List.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice " + rows.getString(1) + " has unreadable entries", e);
        }
    }
}
