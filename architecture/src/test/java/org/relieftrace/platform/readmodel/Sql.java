package org.relieftrace.platform.readmodel;

/** Stands in for the platform's JDBC helper of the same name, which this module cannot depend on. */
public class Sql {
    public int count(String sql) {
        return sql.length();
    }
}
