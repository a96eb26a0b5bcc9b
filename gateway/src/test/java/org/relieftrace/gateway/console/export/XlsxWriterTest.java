package org.relieftrace.gateway.console.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.relieftrace.contracts.api.ListPage;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTest {

    record Lot(String lotNumber, String item, long onHand, String expiresOn, Long priceFen) {
    }

    private static final List<Lot> LOTS = List.of(
            new Lot("T-2026-01", "帐篷", 1200, "2027-03-31", 123456L),
            new Lot("W-2026-07", "饮用水", 24, "", null));

    private static Sheet<Lot> lots() {
        return Sheet.of("按批次 · 县应急物资储备库", LOTS).text("批号", Lot::lotNumber).text("物资", Lot::item)
                .number("在库", Lot::onHand).date("有效期至", Lot::expiresOn).yuan("单价", Lot::priceFen);
    }

    @Test
    void theTitleAndTheHeadersInTheUsersLanguageComeFirst() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write(List.of(lots())))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("按批次 · 县应急物资储备库");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("按批次 · 县应急物资储备库");
            XSSFRow header = sheet.getRow(1);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue())).containsExactly("批号", "物资", "在库", "有效期至", "单价");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:E4");
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(6 * 256);
        }
    }

    @Test
    void numbersAreNumbersMoneyIsYuanAndDatesStayIsoText() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write(List.of(lots())))) {
            XSSFRow tent = book.getSheetAt(0).getRow(2);
            assertThat(tent.getCell(0).getStringCellValue()).isEqualTo("T-2026-01");
            assertThat(tent.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tent.getCell(2).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(tent.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(tent.getCell(3).getStringCellValue()).isEqualTo("2027-03-31");
            assertThat(tent.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tent.getCell(4).getNumericCellValue()).isEqualTo(1234.56);
            assertThat(tent.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            XSSFRow water = book.getSheetAt(0).getRow(3);
            assertThat(water.getCell(3)).as("an empty value is an empty cell").isNull();
            assertThat(water.getCell(4)).isNull();
        }
    }

    @Test
    void aCutListSaysSoUnderItsTitleAndSeveralSheetsGetOneTabEach() throws IOException {
        Sheet<Lot> items = Sheet.of("按物资", LOTS.subList(0, 1)).text("物资", Lot::item);
        byte[] bytes = XlsxWriter.write(List.of(items, lots().note("只导出了前 2 行（共 9 行）")));
        try (XSSFWorkbook book = open(bytes)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("按批次 · 县应急物资储备库 — 只导出了前 2 行（共 9 行）");
        }
    }

    @Test
    void twoSheetsOfTheSameLongTitleGetTwoTabs() throws IOException {
        String title = "按批次 · 重庆市永川区朱沱镇应急物资储备库第一分库房（2026年汛期调拨）";
        byte[] bytes = XlsxWriter.write(List.of(Sheet.of(title, LOTS).text("批号", Lot::lotNumber),
                Sheet.of(title, LOTS).text("批号", Lot::lotNumber)));
        try (XSSFWorkbook book = open(bytes)) {
            assertThat(book.getSheetAt(0).getSheetName()).hasSize(31);
            assertThat(book.getSheetAt(1).getSheetName()).hasSize(31).endsWith(" (2)");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
        }
    }

    @Test
    void anEmptyListStillHasItsHeaders() throws IOException {
        try (XSSFWorkbook book = open(XlsxWriter.write(List.of(Sheet.of("Stock", List.<Lot>of())
                .text("Lot", Lot::lotNumber))))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Lot");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void aPagedListIsReadToItsEndAndCutAtTheBound() {
        Paging.All<Integer> three = Paging.all(page -> new ListPage<>(page < 3 ? List.of(page) : List.of(),
                page, 1, 3));
        assertThat(three.items()).containsExactly(0, 1, 2);
        assertThat(three.cut()).isFalse();
        List<Integer> full = java.util.Collections.nCopies(Paging.PAGE_SIZE, 7);
        Paging.All<Integer> endless = Paging.all(page -> new ListPage<>(full, page, Paging.PAGE_SIZE, 1_000_000));
        assertThat(endless.items()).hasSize(Paging.MAX_ROWS);
        assertThat(endless.cut()).isTrue();
        assertThat(Paging.page("/api/registry/households?division=1", 50, 2))
                .isEqualTo("/api/registry/households?division=1&size=50&page=2");
    }

    @Test
    void theFileNameIsKeptInUtf8WithAnAsciiFallback() {
        assertThat(Excel.disposition("库存-县仓-2026-07-20.xlsx")).isEqualTo("attachment; filename=\"2026-07-20"
                + ".xlsx\"; filename*=UTF-8''%E5%BA%93%E5%AD%98-%E5%8E%BF%E4%BB%93-2026-07-20.xlsx");
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
