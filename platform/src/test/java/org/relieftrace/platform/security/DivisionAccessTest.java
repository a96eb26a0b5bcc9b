package org.relieftrace.platform.security;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

import org.relieftrace.platform.domain.NotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The division scope rules, and how {@link ActsIn}/{@link ReadsIn} find the scope among an endpoint's arguments. */
class DivisionAccessTest {

    private static final String COUNTY = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String ZHUTUO_VILLAGE = "500118116201";
    private static final String LAISU = "500118109000";

    @Test
    void aUserActsInTheirDivisionAndBelowOnly() {
        DivisionAccess officer = accessOf("supplies-officer", ZHUTUO, Set.of());
        assertThatCode(() -> officer.requireActingIn(ZHUTUO)).doesNotThrowAnyException();
        assertThatCode(() -> officer.requireActingIn(ZHUTUO_VILLAGE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> officer.requireActingIn(LAISU)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> officer.requireActingIn(COUNTY)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> officer.requireActingIn(null)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAuditorReadsInTheirDivisionButNeverActs() {
        DivisionAccess auditor = accessOf("auditor", ZHUTUO, Set.of());
        assertThatCode(() -> auditor.requireReading(ZHUTUO_VILLAGE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> auditor.requireReading(LAISU)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> auditor.requireActingIn(ZHUTUO)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(auditor::requireActing).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> auditor.requireDepot("ZT-TOWN-01", ZHUTUO)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAdminActsEverywhere() {
        DivisionAccess admin = accessOf("admin", COUNTY, Set.of());
        assertThatCode(() -> admin.requireActingIn(LAISU)).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireActingIn("330102000000")).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireDepot("LS-TOWN-01", LAISU)).doesNotThrowAnyException();
    }

    @Test
    void aKeeperMovesStockOfTheDepotsTheyKeepOnly() {
        DivisionAccess keeper = accessOf("depot-keeper", ZHUTUO, Set.of("ZT-TOWN-01"));
        assertThatCode(() -> keeper.requireDepot("ZT-TOWN-01", ZHUTUO)).doesNotThrowAnyException();
        assertThatThrownBy(() -> keeper.requireDepot("ZT-V201-01", ZHUTUO_VILLAGE)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> keeper.requireDepot("LS-TOWN-01", LAISU)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void scopesAreFoundInPathAndQueryParametersAndInTheBody() throws Exception {
        Method method = Endpoints.class.getDeclaredMethod("act", UUID.class, String.class, Body.class);
        UUID depot = UUID.randomUUID();
        InvocationContext call = invocation(method, depot, LAISU, new Body(ZHUTUO, "x"));
        assertThat(DivisionScopes.argument(call, "depotId")).isEqualTo(depot);
        assertThat(DivisionScopes.argument(call, "division")).isEqualTo(LAISU);
        assertThat(DivisionScopes.argument(call, "divisionCode")).isEqualTo(ZHUTUO);
        assertThat(DivisionScopes.argument(invocation(method, depot, null, null), "divisionCode")).isNull();
        assertThatThrownBy(() -> DivisionScopes.argument(call, "nothing")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDeclaredScopeIsChecked() throws Exception {
        UUID known = UUID.randomUUID();
        DepotDirectory directory = id -> Optional.ofNullable(Map.of(known,
                new DepotDirectory.DepotScope("ZT-TOWN-01", ZHUTUO)).get(id));
        DivisionScopes scopes = new DivisionScopes() {
            @Override
            DepotDirectory directory() {
                return directory;
            }
        };
        scopes.access = accessOf("depot-keeper", ZHUTUO, Set.of("ZT-TOWN-01"));
        Method act = Endpoints.class.getDeclaredMethod("act", UUID.class, String.class, Body.class);
        ActsIn byDepot = Endpoints.class.getDeclaredMethod("byDepot").getAnnotation(ActsIn.class);
        ActsIn byBody = Endpoints.class.getDeclaredMethod("byBody").getAnnotation(ActsIn.class);

        assertThatCode(() -> scopes.checkActing(byDepot, invocation(act, known, null, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> scopes.checkActing(byDepot, invocation(act, UUID.randomUUID(), null, null)))
                .isInstanceOf(NotFound.class);
        assertThatCode(() -> scopes.checkActing(byBody, invocation(act, known, null, new Body(ZHUTUO_VILLAGE, ""))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> scopes.checkActing(byBody, invocation(act, known, null, new Body(LAISU, ""))))
                .isInstanceOf(AccessDenied.class);
    }

    record Body(String divisionCode, String name) {
    }

    @SuppressWarnings("unused")
    static class Endpoints {
        void act(@PathParam("depotId") UUID depotId, @QueryParam("division") String division, Body body) {
        }

        @ActsIn(depot = "depotId")
        void byDepot() {
        }

        @ActsIn(division = "divisionCode")
        void byBody() {
        }
    }

    private static DivisionAccess accessOf(String role, String division, Set<String> depots) {
        DivisionAccess access = new DivisionAccess();
        Caller caller = new Caller("u-1", role + "-user", Set.of(role), division, depots);
        access.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return caller;
            }
        };
        return access;
    }

    private static InvocationContext invocation(Method method, Object... arguments) {
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return arguments;
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return Map.of();
            }

            @Override
            public Object proceed() {
                return null;
            }
        };
    }
}
