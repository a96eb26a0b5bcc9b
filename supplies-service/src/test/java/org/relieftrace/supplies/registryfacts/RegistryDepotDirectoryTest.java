package org.relieftrace.supplies.registryfacts;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory.DepotScope;

import static org.assertj.core.api.Assertions.assertThat;

/** Supplies' own depot rule, on top of the platform's division rule: keepers move stock of their depots only. */
class RegistryDepotDirectoryTest {

    private static final String ZHUTUO = "500118116000";
    private static final String ZHUTUO_VILLAGE = "500118116201";
    private static final String LAISU = "500118109000";

    @Test
    void aKeeperMovesStockOfTheDepotsTheyKeepOnly() {
        Caller keeper = caller(Set.of("depot-keeper"), Set.of("ZT-TOWN-01"));
        assertThat(new DepotScope("ZT-TOWN-01", ZHUTUO).refusal(keeper)).isEmpty();
        assertThat(new DepotScope("ZT-V201-01", ZHUTUO_VILLAGE).refusal(keeper)).isPresent();
        assertThat(new DepotScope("LS-TOWN-01", LAISU).refusal(keeper)).isPresent();
    }

    @Test
    void aKeeperWhoIsAlsoAnOfficerOrAdminIsNotLimitedToKeptDepots() {
        DepotScope other = new DepotScope("ZT-V201-01", ZHUTUO_VILLAGE);
        assertThat(other.refusal(caller(Set.of("depot-keeper", "supplies-officer"), Set.of()))).isEmpty();
        assertThat(other.refusal(caller(Set.of("depot-keeper", "admin"), Set.of()))).isEmpty();
        assertThat(other.refusal(caller(Set.of("supplies-officer"), Set.of()))).isEqualTo(Optional.empty());
    }

    private static Caller caller(Set<String> roles, Set<String> depots) {
        return new Caller("u-1", "keeper", roles, ZHUTUO, Map.of(RegistryDepotDirectory.DEPOTS_CLAIM, depots));
    }
}
