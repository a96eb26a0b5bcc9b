package org.relieftrace.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionsTest {

    private static final String YONGCHUAN = "500118000000";
    private static final String ZHUTUO = "500118116000";
    private static final String ZHUTUO_VILLAGE = "500118116201";
    private static final String LAISU = "500118109000";

    @Test
    void aCountyReachesItsTownshipsAndVillages() {
        assertThat(Divisions.contains(YONGCHUAN, ZHUTUO)).isTrue();
        assertThat(Divisions.contains(YONGCHUAN, ZHUTUO_VILLAGE)).isTrue();
        assertThat(Divisions.contains(YONGCHUAN, "500119000000")).isFalse();
    }

    @Test
    void aTownshipReachesItsVillagesButNotItsNeighbours() {
        assertThat(Divisions.contains(ZHUTUO, ZHUTUO_VILLAGE)).isTrue();
        assertThat(Divisions.contains(ZHUTUO, LAISU)).isFalse();
        assertThat(Divisions.contains(ZHUTUO, YONGCHUAN)).isFalse();
    }

    @Test
    void aVillageReachesOnlyItself() {
        assertThat(Divisions.contains(ZHUTUO_VILLAGE, ZHUTUO_VILLAGE)).isTrue();
        assertThat(Divisions.contains(ZHUTUO_VILLAGE, "500118116202")).isFalse();
    }

    @Test
    void levelsFollowTheCodesShapeAndMalformedCodesReachNothing() {
        assertThat(Divisions.levelOf(YONGCHUAN)).isEqualTo("COUNTY");
        assertThat(Divisions.levelOf(ZHUTUO)).isEqualTo("TOWNSHIP");
        assertThat(Divisions.levelOf(ZHUTUO_VILLAGE)).isEqualTo("VILLAGE");
        assertThat(Divisions.contains(null, ZHUTUO)).isFalse();
        assertThat(Divisions.contains("5001181", ZHUTUO)).isFalse();
    }
}
