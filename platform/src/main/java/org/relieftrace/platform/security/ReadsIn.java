package org.relieftrace.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Declares a query endpoint's division scope (the roles are said by {@code @RolesAllowed}): the record or division
 * named must lie inside the caller's division; auditors read everything inside theirs, an {@code admin} reads
 * everywhere. A parameter that is absent (null) is not checked: the endpoint then scopes its answer itself. Names
 * are resolved as for {@link ActsIn}; enforced by {@link ReadsInInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsIn {

    /** The kind of record {@link #id()} names, answered by the service's {@link ResourceScopes} bean of that kind. */
    @Nonbinding
    String resource() default "";

    /** The parameter or body property holding the id (UUID) of the {@link #resource()} read. */
    @Nonbinding
    String id() default "";

    /** The parameter or body property holding the 12-digit code of the division read. */
    @Nonbinding
    String division() default "";
}
