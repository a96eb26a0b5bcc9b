package org.relieftrace.registry.division;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.readmodel.Conditions;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.division.DivisionViews.DivisionView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers division questions: the API's reads from the division table through Hibernate Reactive (each in its own
 * session on the event loop); {@link #registered} — what commands check on their virtual thread — through JDBC and
 * the division's own event stream, which has a division before the table does.
 */
@ApplicationScoped
public class DivisionQueries {

    private static final String COLUMNS = "code, name, level, parent_code";
    private static final Sort BY_CODE = Sort.by("code");

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** The division as the division table shows it, read through JDBC (for a command's checks). */
    private Optional<DivisionView> find(String code) {
        if (!DivisionCode.isValid(code)) {
            return Optional.empty();
        }
        return sql.one("SELECT " + COLUMNS + " FROM registry.division WHERE code = ?", DivisionQueries::division,
                code);
    }

    /**
     * The division, for the commands that must name a registered one: from the division table, else from the
     * division's own events, so that it is found as soon as its registration has answered.
     */
    public Optional<DivisionView> registered(String code) {
        if (!DivisionCode.isValid(code)) {
            return Optional.empty();
        }
        return find(code).or(() -> streams.created(code, DivisionRegistered.class)
                .map(event -> new DivisionView(event.code(), event.name(), event.level(), event.parentCode())));
    }

    /** What is wrong with the division a request names in {@code field}: not {@link #registered}. */
    public Optional<InvalidInput.FieldError> unregistered(String field, String code) {
        return registered(code).isPresent() ? Optional.empty()
                : Optional.of(new InvalidInput.FieldError(field, "division " + code + " is not registered"));
    }

    /** The {@link #registered} division a request names in {@code field}; invalid input when there is none. */
    public DivisionView requireRegistered(String field, String code) {
        return registered(code).orElseThrow(() -> new InvalidInput(field, "division " + code + " is not registered"));
    }

    /** The division as the division table shows it, read on the event loop; empty when there is none. */
    @WithSession
    public Uni<Optional<DivisionView>> division(String code) {
        if (!DivisionCode.isValid(code)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return DivisionEntry.<DivisionEntry>findById(code)
                .map(entry -> Optional.ofNullable(entry).map(DivisionEntry::view));
    }

    /** A page of divisions ordered by code, optionally only the children of {@code parentCode} or one level. */
    @WithSession
    public Uni<ListPage<DivisionView>> list(String parentCode, DivisionLevel level, int page, int size) {
        Conditions filter = new Conditions().and("parentCode = :parent", "parent", parentCode)
                .and("level = :level", "level", level == null ? null : level.name());
        return ReactivePages.page(DivisionEntry.find(filter.where(), BY_CODE, filter.values()), page, size,
                DivisionEntry::view);
    }

    /** A division and every division below it, ordered by code; empty when the division is unknown. */
    @WithSession
    public Uni<Optional<ListPage<DivisionView>>> subtree(String code, int page, int size) {
        return division(code).chain(found -> found.isEmpty() ? Uni.createFrom().item(Optional.empty())
                : ReactivePages.page(DivisionEntry.find("code LIKE ?1", BY_CODE,
                                DivisionCode.of(code).likePattern()), page, size, DivisionEntry::view)
                        .map(Optional::of));
    }

    /**
     * The registered townships a disaster affecting {@code affected} asks reports of (统计单位): each affected
     * township, the township of each affected village and every township of an affected county; by code.
     */
    public List<DivisionView> townshipsOf(List<String> affected) {
        Set<String> codes = new TreeSet<>();
        for (String code : affected) {
            DivisionCode division = DivisionCode.of(code);
            switch (division.level()) {
                case TOWNSHIP -> codes.add(code);
                case VILLAGE -> division.parent().ifPresent(parent -> codes.add(parent.value()));
                case COUNTY -> codes.addAll(sql.list("SELECT code FROM registry.division WHERE parent_code = ?"
                        + " AND level = 'TOWNSHIP'", rows -> rows.getString(1), code));
            }
        }
        return codes.stream().map(code -> registered(code)
                .orElse(new DivisionView(code, code, "TOWNSHIP", null))).toList();
    }

    private static DivisionView division(ResultSet rows) throws SQLException {
        return new DivisionView(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4));
    }
}
