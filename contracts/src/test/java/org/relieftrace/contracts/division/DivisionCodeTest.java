package org.relieftrace.contracts.division;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivisionCodeTest {

    private static final DivisionCode COUNTY = DivisionCode.of("500118000000");
    private static final DivisionCode TOWNSHIP = DivisionCode.of("500118116000");
    private static final DivisionCode VILLAGE = DivisionCode.of("500118116201");

    @Test
    void levelFollowsFromTrailingZeros() {
        assertEquals(DivisionCode.Level.COUNTY, COUNTY.level());
        assertEquals(DivisionCode.Level.TOWNSHIP, TOWNSHIP.level());
        assertEquals(DivisionCode.Level.VILLAGE, VILLAGE.level());
    }

    @Test
    void parentIsTheTierAbove() {
        assertEquals(TOWNSHIP, VILLAGE.parent().orElseThrow());
        assertEquals(COUNTY, TOWNSHIP.parent().orElseThrow());
        assertTrue(COUNTY.parent().isEmpty());
        assertEquals(DivisionCode.of("500100000000"), COUNTY.prefecture());
    }

    @Test
    void aDivisionContainsItselfAndWhatLiesBelowOnly() {
        assertTrue(COUNTY.contains(VILLAGE));
        assertTrue(TOWNSHIP.contains(TOWNSHIP));
        assertFalse(TOWNSHIP.contains(COUNTY));
        assertFalse(TOWNSHIP.contains(DivisionCode.of("500118117000")));
        assertTrue(VILLAGE.isBelow(COUNTY));
        assertFalse(COUNTY.isBelow(COUNTY));
        assertFalse(DivisionCode.contains("5001", "500118116201"));
    }

    @Test
    void prefixNamesEveryCodeInside() {
        assertEquals("500118", COUNTY.prefix());
        assertEquals("500118116%", TOWNSHIP.likePattern());
        assertEquals(VILLAGE.value(), VILLAGE.prefix());
    }

    @Test
    void malformedCodesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.of("50011811620"));
        assertThrows(IllegalArgumentException.class, () -> DivisionCode.of("50011811620x"));
        assertTrue(DivisionCode.parse(null).isEmpty());
    }
}
