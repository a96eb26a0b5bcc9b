package org.relieftrace.registry.disasterreport;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.registry.disaster.DisasterQueries;
import org.relieftrace.registry.disaster.DisasterViews.DisasterView;
import org.relieftrace.registry.division.DivisionQueries;
import org.relieftrace.registry.division.DivisionViews.DivisionView;

/**
 * Who sees which township reports of a disaster: every role that reads the disaster sees the townships in its
 * lineage (its own, those below it, the one it lies in); the county roll-up is read at county level only (县级为
 * 上报单位), by a caller whose division holds every division the disaster affects.
 */
@ApplicationScoped
public class ReportAccess {

    @Inject
    DisasterQueries disasters;

    @Inject
    DivisionQueries divisions;

    @Inject
    DivisionAccess access;

    @Inject
    CurrentCaller caller;

    /** The disaster, which the caller reads: unknown {@code 404}, not touching the caller's division {@code 403}. */
    public DisasterView readable(UUID disasterId) {
        DisasterView disaster = disasters.find(disasterId).orElseThrow(() -> new NotFound("disaster", disasterId));
        Caller who = caller.get();
        if (!who.hasRole(DivisionAccess.ADMIN) && !disaster.touches(who.division())) {
            throw new AccessDenied("disaster " + disasterId + " does not touch " + who.division());
        }
        return disaster;
    }

    /** The disaster's townships (统计单位) the caller sees. */
    public List<DivisionView> townships(DisasterView disaster) {
        Caller who = caller.get();
        return divisions.townshipsOf(disaster.affectedDivisionCodes()).stream()
                .filter(township -> who.hasRole(DivisionAccess.ADMIN) && who.division() == null
                        || who.division() != null && (DivisionCode.contains(who.division(), township.code())
                        || DivisionCode.contains(township.code(), who.division())))
                .toList();
    }

    /** The disaster, whose county roll-up the caller may read: at county level, over every affected division. */
    public DisasterView rollUpReadable(UUID disasterId) {
        DisasterView disaster = readable(disasterId);
        Caller who = caller.get();
        if (who.hasRole(DivisionAccess.ADMIN)) {
            return disaster;
        }
        if (who.division() == null || DivisionCode.of(who.division()).level() != DivisionCode.Level.COUNTY) {
            throw new AccessDenied("the county roll-up is read at county level, not by " + who.division());
        }
        disaster.affectedDivisionCodes().forEach(access::requireReading);
        return disaster;
    }

    /** The caller may file a report for {@code townshipCode}: civil-affairs of the township or of its county. */
    public void requireFilingFor(String townshipCode) {
        access.requireActingIn(townshipCode);
    }
}
