package org.relieftrace.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Declares a command endpoint: who may act is said by {@code @RolesAllowed}, where by this annotation, and
 * {@link ActsInInterceptor} enforces it before the method runs (after bean validation):
 * <ul>
 * <li>an {@code auditor} never acts (403), even inside their division;</li>
 * <li>{@link #resource()} and {@link #id()}: the record named by this parameter must lie inside the caller's
 * division and pass its kind's own rule ({@link ResourceScopes.Scope#refusal}); an unknown record is {@code 404};</li>
 * <li>{@link #division()}: the division code named by this parameter must lie inside the caller's division;</li>
 * <li>neither: no division scope, the roles alone decide (reference data, e.g. {@code admin}-only endpoints);</li>
 * <li>an {@code admin} acts in every division.</li>
 * </ul>
 * A name is that of a {@code @PathParam} or {@code @QueryParam} (or {@code @RestPath}/{@code @RestQuery}), else a
 * property (record component or getter) of the request body.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ActsIn {

    /** The kind of record {@link #id()} names, answered by the service's {@link ResourceScopes} bean of that kind. */
    @Nonbinding
    String resource() default "";

    /** The parameter or body property holding the id (UUID) of the {@link #resource()} acted on. */
    @Nonbinding
    String id() default "";

    /** The parameter or body property holding the 12-digit code of the division acted in. */
    @Nonbinding
    String division() default "";
}
