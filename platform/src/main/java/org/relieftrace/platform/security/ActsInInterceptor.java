package org.relieftrace.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link ActsIn} on every endpoint that declares it. Runs after bean validation of the arguments
 * ({@code 400} first), after the role check of {@code @RolesAllowed} (done before any interceptor) and before the
 * method.
 */
@ActsIn
@Interceptor
@Priority(ActsInInterceptor.PRIORITY)
public class ActsInInterceptor {

    /** After Quarkus' REST endpoint validation ({@code PLATFORM_AFTER + 800}). */
    static final int PRIORITY = Interceptor.Priority.PLATFORM_AFTER + 900;

    @Inject
    DivisionScopes scopes;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        ActsIn declared = declared(context);
        scopes.checkActing(declared, context);
        return context.proceed();
    }

    private static ActsIn declared(InvocationContext context) {
        ActsIn declared = context.getMethod().getAnnotation(ActsIn.class);
        return declared != null ? declared : context.getMethod().getDeclaringClass().getAnnotation(ActsIn.class);
    }
}
