package org.relieftrace.platform.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the records of one kind lie, for the division scope of endpoints declared with {@link ActsIn#resource()} /
 * {@link ReadsIn#resource()}: a service provides one bean per kind of record it scopes endpoints by, from what it
 * knows of those records. A kind may add its own rule for who may act on a record beyond the division rule.
 */
public interface ResourceScopes {

    /** The kind of record this bean answers for, as named by {@code @ActsIn(resource = ...)}. */
    String kind();

    /** Where the record {@code id} lies; empty when there is no such record. */
    Optional<? extends Scope> find(UUID id);

    /** Where one record lies, and the kind's own rule for acting on it. */
    interface Scope {

        /** The 12-digit code of the division the record lies in. */
        String division();

        /**
         * Why {@code caller}, who may act inside the record's division, may still not act on this record; empty when
         * they may. The default adds no rule.
         */
        default Optional<String> refusal(Caller caller) {
            return Optional.empty();
        }
    }
}
