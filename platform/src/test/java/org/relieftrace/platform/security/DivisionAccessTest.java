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

/**
 * The division scope rules, a record kind's own rule through {@link ResourceScopes}, and how {@link ActsIn} /
 * {@link ReadsIn} find the scope among an endpoint's arguments. The kind used here, a 货架 (shelf) that only those the
 * token names may stock, stands for any kind a service scopes its endpoints by.
 */
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
        assertThatThrownBy(() -> auditor.requireActingOn(new Shelf("ZT-TOWN-01", ZHUTUO)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anAdminActsEverywhere() {
        DivisionAccess admin = accessOf("admin", COUNTY, Set.of());
        assertThatCode(() -> admin.requireActingIn(LAISU)).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireActingIn("330102000000")).doesNotThrowAnyException();
        assertThatCode(() -> admin.requireActingOn(new Shelf("LS-TOWN-01", LAISU))).doesNotThrowAnyException();
    }

    @Test
    void aRecordKindAddsItsOwnRuleToTheDivisionRule() {
        DivisionAccess stocker = accessOf("stocker", ZHUTUO, Set.of("ZT-TOWN-01"));
        assertThatCode(() -> stocker.requireActingOn(new Shelf("ZT-TOWN-01", ZHUTUO))).doesNotThrowAnyException();
        assertThatThrownBy(() -> stocker.requireActingOn(new Shelf("ZT-V201-01", ZHUTUO_VILLAGE)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> stocker.requireActingOn(new Shelf("LS-TOWN-01", LAISU)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void scopesAreFoundInPathAndQueryParametersAndInTheBody() throws Exception {
        Method method = Endpoints.class.getDeclaredMethod("act", UUID.class, String.class, Body.class);
        UUID shelf = UUID.randomUUID();
        InvocationContext call = invocation(method, shelf, LAISU, new Body(ZHUTUO, "x"));
        assertThat(DivisionScopes.argument(call, "shelfId")).isEqualTo(shelf);
        assertThat(DivisionScopes.argument(call, "division")).isEqualTo(LAISU);
        assertThat(DivisionScopes.argument(call, "divisionCode")).isEqualTo(ZHUTUO);
        assertThat(DivisionScopes.argument(invocation(method, shelf, null, null), "divisionCode")).isNull();
        assertThatThrownBy(() -> DivisionScopes.argument(call, "nothing")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDeclaredScopeIsChecked() throws Exception {
        UUID known = UUID.randomUUID();
        ResourceScopes shelves = new ResourceScopes() {
            @Override
            public String kind() {
                return "shelf";
            }

            @Override
            public Optional<Shelf> find(UUID id) {
                return Optional.ofNullable(Map.of(known, new Shelf("ZT-TOWN-01", ZHUTUO)).get(id));
            }
        };
        DivisionScopes scopes = new DivisionScopes();
        scopes.access = new DivisionAccess() {
            @Override
            ResourceScopes scopesOf(String kind) {
                return shelves;
            }
        };
        scopes.access.caller = callerOf("stocker", ZHUTUO, Set.of("ZT-TOWN-01"));
        Method act = Endpoints.class.getDeclaredMethod("act", UUID.class, String.class, Body.class);
        ActsIn byShelf = Endpoints.class.getDeclaredMethod("byShelf").getAnnotation(ActsIn.class);
        ActsIn byBody = Endpoints.class.getDeclaredMethod("byBody").getAnnotation(ActsIn.class);

        assertThatCode(() -> scopes.checkActing(byShelf, invocation(act, known, null, null)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> scopes.checkActing(byShelf, invocation(act, UUID.randomUUID(), null, null)))
                .isInstanceOf(NotFound.class);
        assertThatCode(() -> scopes.checkActing(byBody, invocation(act, known, null, new Body(ZHUTUO_VILLAGE, ""))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> scopes.checkActing(byBody, invocation(act, known, null, new Body(LAISU, ""))))
                .isInstanceOf(AccessDenied.class);
    }

    record Body(String divisionCode, String name) {
    }

    /** A shelf lies in a division; only a caller whose {@code shelves} claim names it may stock it. */
    record Shelf(String code, String division) implements ResourceScopes.Scope {
        @Override
        public Optional<String> refusal(Caller caller) {
            return caller.claim("shelves").contains(code) ? Optional.empty() : Optional.of(code + " is not yours");
        }
    }

    @SuppressWarnings("unused")
    static class Endpoints {
        void act(@PathParam("shelfId") UUID shelfId, @QueryParam("division") String division, Body body) {
        }

        @ActsIn(resource = "shelf", id = "shelfId")
        void byShelf() {
        }

        @ActsIn(division = "divisionCode")
        void byBody() {
        }
    }

    private static DivisionAccess accessOf(String role, String division, Set<String> shelves) {
        DivisionAccess access = new DivisionAccess();
        access.caller = callerOf(role, division, shelves);
        return access;
    }

    private static CurrentCaller callerOf(String role, String division, Set<String> shelves) {
        Caller caller = new Caller("u-1", role + "-user", Set.of(role), division, Map.of("shelves", shelves));
        return new CurrentCaller() {
            @Override
            public Caller get() {
                return caller;
            }
        };
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
