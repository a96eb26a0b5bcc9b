package org.relieftrace.platform.readmodel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 批量重放 — a projection's promise that lets its replay send its writes in JDBC batches: its handlers never use the
 * row counts {@link Sql#update} answers, and each of its changing statements names exactly one of its tables (no
 * triggers, no statement that reads one table to write another). Statements on one table keep their order; those on
 * different tables may reach the database in another order; every read on the thread sends what is pending first.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BatchedReplay {

    /**
     * Whether its handlers read its tables. When none of a projection's handlers do, its replay builds the shadow
     * tables with only their unique indexes (the rest only slow every row down; the comparison needs none).
     */
    boolean readsTables() default true;
}
