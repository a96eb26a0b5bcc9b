package org.relieftrace.platform.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The one place where a declared division scope ({@link ActsIn}, {@link ReadsIn}) is read from an endpoint's
 * arguments and checked with {@link DivisionAccess}.
 */
@ApplicationScoped
public class DivisionScopes {

    @Inject
    DivisionAccess access;

    /** Checks an {@link ActsIn} endpoint about to be called with the arguments of {@code context}. */
    void checkActing(ActsIn declared, InvocationContext context) {
        if (!declared.resource().isEmpty()) {
            access.requireActingOn(declared.resource(), argument(context, declared.id()));
        } else if (!declared.division().isEmpty()) {
            access.requireActingIn(text(argument(context, declared.division())));
        } else {
            access.requireActing();
        }
    }

    /** Checks a {@link ReadsIn} endpoint about to be called with the arguments of {@code context}. */
    void checkReading(ReadsIn declared, InvocationContext context) {
        if (!declared.resource().isEmpty()) {
            Object id = argument(context, declared.id());
            if (id != null) {
                access.requireReadingOf(declared.resource(), id);
            }
        } else if (!declared.division().isEmpty()) {
            Object division = argument(context, declared.division());
            if (division != null) {
                access.requireReading(text(division));
            }
        }
    }

    /**
     * The value of the named path or query parameter, else of the named property of the request body (the one
     * parameter without a parameter annotation); {@code null} when the body or the property is absent.
     */
    static Object argument(InvocationContext context, String name) {
        Method method = context.getMethod();
        Parameter[] parameters = method.getParameters();
        Object[] values = context.getParameters();
        Object body = null;
        for (int i = 0; i < parameters.length; i++) {
            String declared = parameterName(parameters[i]);
            if (name.equals(declared)) {
                return values[i];
            }
            if (declared == null && isBody(parameters[i])) {
                body = values[i];
            }
        }
        if (body == null) {
            return null;
        }
        return property(body, name);
    }

    private static String parameterName(Parameter parameter) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestPath restPath = parameter.getAnnotation(RestPath.class);
        if (restPath != null) {
            return restPath.value().isEmpty() ? parameter.getName() : restPath.value();
        }
        RestQuery restQuery = parameter.getAnnotation(RestQuery.class);
        if (restQuery != null) {
            return restQuery.value().isEmpty() ? parameter.getName() : restQuery.value();
        }
        return null;
    }

    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String pkg = annotation.annotationType().getPackageName();
            if (pkg.equals("jakarta.ws.rs") || pkg.equals("org.jboss.resteasy.reactive")
                    || pkg.equals("jakarta.ws.rs.core")) {
                return false;
            }
        }
        return !parameter.getType().isPrimitive() && !parameter.getType().getPackageName().startsWith("jakarta.ws.rs")
                && !parameter.getType().getPackageName().startsWith("io.vertx");
    }

    private static Object property(Object body, String name) {
        try {
            if (body.getClass().isRecord()) {
                for (RecordComponent component : body.getClass().getRecordComponents()) {
                    if (component.getName().equals(name)) {
                        Method accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return accessor.invoke(body);
                    }
                }
            } else {
                Method getter = body.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0))
                        + name.substring(1));
                return getter.invoke(body);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + name + " of " + body.getClass().getName(), e);
        }
        throw new IllegalStateException(body.getClass().getName() + " has no property " + name);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
