package org.relieftrace.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link ReadsIn} on every endpoint that declares it; runs where {@link ActsInInterceptor} runs. */
@ReadsIn
@Interceptor
@Priority(ActsInInterceptor.PRIORITY)
public class ReadsInInterceptor {

    @Inject
    DivisionScopes scopes;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        ReadsIn declared = context.getMethod().getAnnotation(ReadsIn.class);
        if (declared == null) {
            declared = context.getMethod().getDeclaringClass().getAnnotation(ReadsIn.class);
        }
        scopes.checkReading(declared, context);
        return context.proceed();
    }
}
