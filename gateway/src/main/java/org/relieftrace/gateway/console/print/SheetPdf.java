package org.relieftrace.gateway.console.print;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * 打印单据 — a printable sheet of the console (调拨单, 入库单, 盘点表) as PDF, A4 portrait: a title, the facts as
 * lines, a table and the signature lines. Drawn from the API's data only. Chinese text is set in the standard
 * Chinese font STSong-Light (not embedded: every PDF reader with Chinese support substitutes it).
 */
public final class SheetPdf {

    /** What goes on the sheet. */
    public record Sheet(String title, List<String> lines, List<String> headers, float[] widths,
                        List<List<String>> rows, List<String> signatures) {
    }

    private static volatile BaseFont font;

    private SheetPdf() {
    }

    /** The PDF of the sheet. */
    public static byte[] render(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(sheet.title());
            document.open();
            Font text = new Font(font(), 10);
            Paragraph title = new Paragraph(sheet.title(), new Font(font(), 18, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(10);
            document.add(title);
            for (String line : sheet.lines()) {
                document.add(new Paragraph(line, text));
            }
            PdfPTable table = new PdfPTable(sheet.widths());
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            for (String header : sheet.headers()) {
                table.addCell(new PdfPCell(new Phrase(header, new Font(font(), 10, Font.BOLD))));
            }
            for (List<String> row : sheet.rows()) {
                for (String cell : row) {
                    table.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, text)));
                }
            }
            document.add(table);
            PdfPTable signs = new PdfPTable(Math.max(1, sheet.signatures().size()));
            signs.setWidthPercentage(100);
            signs.setSpacingBefore(30);
            for (String signature : sheet.signatures()) {
                PdfPCell cell = new PdfPCell(new Phrase(signature + "：", text));
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.setMinimumHeight(30);
                signs.addCell(cell);
            }
            document.add(signs);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the sheet as PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The standard Chinese font STSong-Light (not embedded), which every printed sheet and label is set in. */
    public static BaseFont font() {
        BaseFont current = font;
        if (current == null) {
            try {
                current = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            } catch (java.io.IOException | DocumentException e) {
                throw new IllegalStateException("cannot load the Chinese font of the printed sheets", e);
            }
            font = current;
        }
        return current;
    }
}
