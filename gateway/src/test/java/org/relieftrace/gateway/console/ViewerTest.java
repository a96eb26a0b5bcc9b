package org.relieftrace.gateway.console;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTest {

    private static String token(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void aKeepersTokenGivesNameRoleDivisionAndDepots() {
        Viewer keeper = Viewer.fromAccessToken(token("{\"preferred_username\":\"zhutuo-keeper\","
                + "\"realm_access\":{\"roles\":[\"default-roles-relief\",\"depot-keeper\"]},"
                + "\"division\":\"500118116000\",\"depots\":[\"ZT-TOWN-01\"]}"));
        assertThat(keeper.username()).isEqualTo("zhutuo-keeper");
        assertThat(keeper.roles()).containsExactly("depot-keeper");
        assertThat(keeper.division()).isEqualTo("500118116000");
        assertThat(keeper.depotCodes()).containsExactly("ZT-TOWN-01");
        assertThat(keeper.receivesGoods()).isTrue();
        assertThat(keeper.audits()).isFalse();
        assertThat(keeper.changesHouseholds()).isFalse();
    }

    @Test
    void anAuditorIsOfferedTheAuditPagesAndNoChange() {
        Viewer auditor = Viewer.fromAccessToken(token("{\"preferred_username\":\"county-auditor\","
                + "\"realm_access\":{\"roles\":[\"auditor\"]},\"division\":[\"500118000000\"]}"));
        assertThat(auditor.audits()).isTrue();
        assertThat(auditor.receivesGoods()).isFalse();
        assertThat(auditor.changesHouseholds()).isFalse();
        assertThat(auditor.division()).isEqualTo("500118000000");
        assertThat(Navigation.of(auditor, Texts.load("en"), "/console/audit/events"))
                .extracting(Navigation.Item::href)
                .contains("/console/audit/history", "/console/audit/events", "/console/audit/stock-chart")
                .doesNotContain("/console/receipts/new", "/console/households/import");
        assertThat(Navigation.of(auditor, Texts.load("en"), "/console/audit/events"))
                .filteredOn(Navigation.Item::active).extracting(Navigation.Item::href)
                .containsExactly("/console/audit/events");
    }

    @Test
    void civilAffairsLandOnHouseholdsAndKeepersOnStock() {
        Viewer civil = Viewer.fromAccessToken(token("{\"preferred_username\":\"c\","
                + "\"realm_access\":{\"roles\":[\"civil-affairs\"]},\"division\":\"500118116000\"}"));
        Viewer keeper = Viewer.fromAccessToken(token("{\"preferred_username\":\"k\","
                + "\"realm_access\":{\"roles\":[\"depot-keeper\"]},\"division\":\"500118116000\"}"));
        assertThat(Navigation.home(civil)).isEqualTo("/console/households");
        assertThat(Navigation.home(keeper)).isEqualTo("/console/stock");
    }

    @Test
    void financeExchangesFilesWithTheBankAndAuditorsOnlyReadRelief() {
        Viewer finance = Viewer.fromAccessToken(token("{\"preferred_username\":\"f\","
                + "\"realm_access\":{\"roles\":[\"finance\"]},\"division\":\"500118000000\"}"));
        Viewer civil = Viewer.fromAccessToken(token("{\"preferred_username\":\"c\","
                + "\"realm_access\":{\"roles\":[\"civil-affairs\"]},\"division\":\"500118116000\"}"));
        Viewer auditor = Viewer.fromAccessToken(token("{\"preferred_username\":\"a\","
                + "\"realm_access\":{\"roles\":[\"auditor\"]},\"division\":\"500118000000\"}"));
        assertThat(finance.exchangesWithBank()).isTrue();
        assertThat(civil.exchangesWithBank()).isFalse();
        assertThat(civil.handlesCases()).isTrue();
        assertThat(finance.handlesCases()).isFalse();
        assertThat(auditor.readsRelief()).isTrue();
        assertThat(auditor.makesBatches()).isFalse();
    }
}
