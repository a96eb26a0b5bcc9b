package org.relieftrace.platform.domain;

/** The addressed record does not exist (or is not visible to the caller). Maps to {@code 404}. */
public class NotFound extends RuntimeException {

    private final String what;
    private final String id;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found", null, false, false);
        this.what = what;
        this.id = String.valueOf(id);
    }

    /** The kind of record, e.g. {@code depot}. */
    public String what() {
        return what;
    }

    /** The identifier the caller asked for. */
    public String id() {
        return id;
    }
}
