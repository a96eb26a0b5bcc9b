package org.relieftrace.platform.readmodel;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The key of a read-model row whose primary key has several columns (a JPA {@code @IdClass}): a subclass holds one
 * field per {@code @Id} column and names them in {@link #parts()}; two keys are equal when they are of the same class
 * and their parts are equal.
 */
public abstract class CompositeKey implements Serializable {

    /** The key's columns, always in the same order. */
    protected abstract Object[] parts();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && Arrays.equals(parts(), ((CompositeKey) other).parts());
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(parts());
    }
}
