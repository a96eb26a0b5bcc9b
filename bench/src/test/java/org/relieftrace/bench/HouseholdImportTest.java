package org.relieftrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class HouseholdImportTest {

    @Test
    void checkCharacterOfKnownNumbers() {
        assertEquals('X', HouseholdImport.checkCharacter("11010519491231002"));
        assertEquals('4', HouseholdImport.checkCharacter("44052418800101001"));
    }

    @Test
    void aRunHasTenThousandDistinctValidNumbersInThePast() {
        List<String> ids = HouseholdImport.idNumbers(Instant.parse("2026-11-22T18:30:00Z"));
        assertEquals(HouseholdImport.ROWS, ids.size());
        assertEquals(HouseholdImport.ROWS, new HashSet<>(ids).size());
        for (String id : ids) {
            assertTrue(id.matches("500118\\d{11}[0-9X]"), id);
            assertEquals(id.charAt(17), HouseholdImport.checkCharacter(id.substring(0, 17)));
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            assertTrue(birth.getYear() >= 1880 && birth.isBefore(LocalDate.of(2026, 1, 1)), id);
        }
    }

    @Test
    void runsInDifferentMinutesShareNoNumber() {
        Instant at = Instant.parse("2026-11-22T18:30:00Z");
        List<String> first = HouseholdImport.idNumbers(at);
        for (Instant later : List.of(at.plusSeconds(60), at.plusSeconds(3_600), at.plusSeconds(86_400))) {
            HashSet<String> both = new HashSet<>(first);
            both.retainAll(HouseholdImport.idNumbers(later));
            assertTrue(both.isEmpty(), later.toString());
        }
        // the last slot still encodes a birth date in the past
        List<String> last = HouseholdImport.idNumbers(Instant.ofEpochSecond(60L * (HouseholdImport.SLOTS - 1)));
        assertNotEquals(first.get(0), last.get(0));
        assertTrue(last.get(last.size() - 1).substring(6, 10).compareTo("2026") < 0);
    }

    @Test
    void theWorkbookHasTheHeaderAndTextCells() throws Exception {
        List<String> ids = HouseholdImport.idNumbers(Instant.parse("2026-11-22T18:30:00Z")).subList(0, 3);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(HouseholdImport.workbook(ids)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            for (int c = 0; c < HouseholdImport.HEADER.size(); c++) {
                assertEquals(HouseholdImport.HEADER.get(c), sheet.getRow(0).getCell(c).getStringCellValue());
            }
            assertEquals(HouseholdImport.VILLAGE, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(ids.get(2), sheet.getRow(3).getCell(3).getStringCellValue());
            assertEquals(HouseholdImport.PHONE, sheet.getRow(3).getCell(4).getStringCellValue());
        }
    }
}
