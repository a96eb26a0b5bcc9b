package org.relieftrace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A depot (仓库) of the sample county as the material-chain history ({@link ChainHistory}) knows it: its code,
 * division and tier, the event stream of its stock, the lots it holds and the households it hands out to.
 */
final class HistoryDepot {

    final String code;
    final String division;
    final String tier;
    final EventAppender.Chain chain;
    final List<HistoryLot> stocked = new ArrayList<>();
    final List<UUID> households = new ArrayList<>();

    HistoryDepot(String code, String division, String tier, EventAppender.Chain chain) {
        this.code = code;
        this.division = division;
        this.tier = tier;
        this.chain = chain;
    }

    /** The depot's id as the registry gives it, as text. */
    String id() {
        return ReferenceData.depotId(code).toString();
    }

    /**
     * A lot of the depot that holds at least {@code quantity} (a few {@code random} tries), or null; emptied lots
     * leave the list.
     */
    HistoryLot lotWith(Random random, long quantity) {
        for (int tries = 0; tries < 8 && !stocked.isEmpty(); tries++) {
            int at = random.nextInt(stocked.size());
            HistoryLot lot = stocked.get(at);
            if (lot.onHand == 0) {
                stocked.set(at, stocked.get(stocked.size() - 1));
                stocked.remove(stocked.size() - 1);
            } else if (lot.onHand >= quantity) {
                return lot;
            }
        }
        return null;
    }
}
