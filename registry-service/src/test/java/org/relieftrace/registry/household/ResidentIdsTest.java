package org.relieftrace.registry.household;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    @Test
    void theStandardsOwnExampleIsValidAndAWomanBornOnNewYearsEve1949() {
        assertThat(ResidentIds.problemWith("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIds.genderOf("11010519491231002X")).isEqualTo("FEMALE");
        assertThat(ResidentIds.birthDateOf("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void theCheckCharacterAgreesWithTheStandardsPowersOfTwo() {
        for (int sequence = 1; sequence < 1000; sequence += 7) {
            String number = TestPeople.idNumber("500118", LocalDate.of(1980, 2, 29), sequence);
            assertThat(ResidentIds.problemWith(number, TODAY)).as(number).isEmpty();
            assertThat(ResidentIds.genderOf(number)).isEqualTo(sequence % 2 == 1 ? "MALE" : "FEMALE");
            assertThat(ResidentIds.problemWith(TestPeople.withWrongCheck(number), TODAY)).isPresent();
        }
    }

    @Test
    void malformedNumbersImpossibleDatesAndFutureBirthsAreRefused() {
        assertThat(ResidentIds.problemWith(null, TODAY)).isPresent();
        assertThat(ResidentIds.problemWith("5001181980010112", TODAY)).isPresent();
        assertThat(ResidentIds.problemWith("50011819800101123x", TODAY)).isPresent();
        assertThat(ResidentIds.problemWith(TestPeople.idNumber("500118", LocalDate.of(2026, 7, 21), 1), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("2026-07-21"));
        String february30 = "50011819810230001";
        assertThat(ResidentIds.problemWith(february30 + ResidentIds.checkCharacter(february30), TODAY))
                .hasValueSatisfying(problem -> assertThat(problem).contains("not a date"));
        String noRegion = TestPeople.idNumber("000000", LocalDate.of(1980, 1, 1), 1);
        assertThat(ResidentIds.problemWith(noRegion, TODAY)).isPresent();
    }

    @Test
    void aPersonKeepsOneIdWhereverTheyLive() {
        assertThat(ResidentIds.personIdOf("11010519491231002X")).isEqualTo(ResidentIds.personIdOf("11010519491231002X"))
                .isNotEqualTo(ResidentIds.personIdOf("110105194912310038"));
    }

    @Test
    void masksKeepTheRegionAndTheLastFourOfAnIdAndTheLastFourOfAnAccount() {
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masks.accountNumber("6217000012345678")).isEqualTo("****5678");
    }
}
