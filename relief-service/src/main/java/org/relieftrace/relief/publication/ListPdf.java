package org.relieftrace.relief.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

import org.relieftrace.relief.ReliefRules;

/**
 * 公示名单 / 发放名单 as a printable PDF: a title, a few lines saying what the list is, a table and a closing line.
 * Chinese text is set in a TrueType font when one is configured ({@code relief.rules.publication-font}, embedded),
 * else in the standard Chinese font STSong-Light (not embedded: every PDF reader with Chinese support substitutes
 * it).
 */
@ApplicationScoped
public class ListPdf {

    /** What goes on the page. */
    public record Content(String title, List<String> lines, List<String> headers, float[] widths,
                          List<List<String>> rows, String closing) {
    }

    @Inject
    ReliefRules rules;

    private volatile BaseFont font;

    /** The PDF of the content, A4 landscape. */
    public byte[] render(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(content.title());
            document.open();
            Font heading = new Font(font(), 16, Font.BOLD);
            Font text = new Font(font(), 10);
            Paragraph title = new Paragraph(content.title(), heading);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(8);
            document.add(title);
            for (String line : content.lines()) {
                document.add(new Paragraph(line, text));
            }
            PdfPTable table = new PdfPTable(content.widths());
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String header : content.headers()) {
                table.addCell(new PdfPCell(new Phrase(header, new Font(font(), 10, Font.BOLD))));
            }
            for (List<String> row : content.rows()) {
                for (String cell : row) {
                    table.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, text)));
                }
            }
            document.add(table);
            Paragraph closing = new Paragraph(content.closing(), text);
            closing.setSpacingBefore(8);
            document.add(closing);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the list as PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private BaseFont font() {
        BaseFont current = font;
        if (current == null) {
            try {
                Optional<Path> file = rules.publicationFont().map(Path::of).filter(Files::isReadable);
                current = file.isPresent()
                        ? BaseFont.createFont(file.get().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED)
                        : BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot load the font of the published lists", e);
            }
            font = current;
        }
        return current;
    }
}
