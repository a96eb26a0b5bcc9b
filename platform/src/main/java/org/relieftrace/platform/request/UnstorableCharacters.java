package org.relieftrace.platform.request;

/**
 * A request carried a character PostgreSQL cannot store (NUL, an unpaired surrogate, bytes that are not UTF-8) in
 * its path, a query value or its body: {@code 400 invalid-characters}, before any endpoint runs.
 */
public class UnstorableCharacters extends RuntimeException {

    private final String where;

    /** {@code where}: {@code path}, {@code query.<name>} or {@code body[.<field>]}. */
    public UnstorableCharacters(String where) {
        super(where + " contains a NUL character, an unpaired surrogate or bytes that are not UTF-8");
        this.where = where;
    }

    public String where() {
        return where;
    }
}
