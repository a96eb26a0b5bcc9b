package org.relieftrace.gateway.console.label;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.relieftrace.gateway.console.print.SheetPdf;

/**
 * 批次标签 — a sheet of lot labels as PDF: A4 holding {@value #COLUMNS} × {@value #ROWS} labels of 70 × 37 mm (the
 * common 24-up label stock, so nothing but the labels is printed), each with the lot number, the item, quantity and
 * unit, expiry, depot, receipt date and a QR code of the lot's trace page (追溯) in the console. Text is set in the
 * printed sheets' Chinese font ({@link SheetPdf#font()}); the QR code is a 1-bit image, one pixel a module, drawn
 * unsmoothed, so it prints sharp at any size.
 */
public final class LotLabels {

    /** Labels across a page. */
    static final int COLUMNS = 3;
    /** Labels down a page. */
    static final int ROWS = 8;
    /** Modules of white around the QR code (the label's padding adds more). */
    static final int QUIET_ZONE = 2;

    private static final float LABEL_HEIGHT = (float) Math.floor(PageSize.A4.getHeight() / ROWS * 100) / 100;
    private static final float PADDING = 6;

    /** What one label shows; its QR code encodes {@code traceUrl}. */
    public record Label(String lotNumber, String itemName, String itemCode, String quantity, String expiresOn,
                        String depot, String receivedOn, String traceUrl) {
    }

    private LotLabels() {
    }

    /** The PDF of the labels, captions from the console's texts {@code t} (expires_on, depot, received_on). */
    public static byte[] render(String title, List<Label> labels, Map<String, String> t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            writer.setPageEmpty(false);
            PdfPTable sheet = new PdfPTable(COLUMNS);
            sheet.setTotalWidth(PageSize.A4.getWidth());
            sheet.setLockedWidth(true);
            sheet.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            sheet.getDefaultCell().setFixedHeight(LABEL_HEIGHT);
            for (Label label : labels) {
                sheet.addCell(label(label, t));
            }
            sheet.completeRow();
            document.add(sheet);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the lot labels as PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** The QR code of a text: its modules with a quiet zone of {@value #QUIET_ZONE}, error correction M (15 %). */
    public static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }

    /** The modules as a 1-bit DeviceGray image (a set bit is white), one pixel a module, rows padded to bytes. */
    static Image image(BitMatrix modules) throws DocumentException {
        int width = modules.getWidth();
        int stride = (width + 7) / 8;
        byte[] bits = new byte[stride * modules.getHeight()];
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                if (!modules.get(x, y)) {
                    bits[y * stride + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        Image image = new ImgRaw(width, modules.getHeight(), 1, 1, bits);
        image.setInterpolation(false);
        return image;
    }

    private static PdfPCell label(Label label, Map<String, String> t) throws DocumentException {
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.setPadding(0);
        text.addElement(new Paragraph(13, label.lotNumber(), new Font(SheetPdf.font(), 11, Font.BOLD)));
        Font small = new Font(SheetPdf.font(), 7.5f);
        text.addElement(new Paragraph(10, label.itemName() + "（" + label.itemCode() + "）", small));
        text.addElement(new Paragraph(12, label.quantity(), new Font(SheetPdf.font(), 10, Font.BOLD)));
        if (label.expiresOn() != null && !label.expiresOn().isBlank()) {
            text.addElement(new Paragraph(10, t.get("expires_on") + "：" + label.expiresOn(), small));
        }
        text.addElement(new Paragraph(10, t.get("received_on") + "：" + label.receivedOn(), small));
        text.addElement(new Paragraph(10, t.get("depot") + "：" + label.depot(), small));
        PdfPTable inside = new PdfPTable(new float[] {LABEL_HEIGHT * 0.95f, LABEL_HEIGHT - 2 * PADDING});
        inside.setWidthPercentage(100);
        inside.addCell(text);
        PdfPCell code = new PdfPCell(image(qr(label.traceUrl())), true);
        code.setBorder(Rectangle.NO_BORDER);
        code.setPadding(0);
        inside.addCell(code);
        PdfPCell cell = new PdfPCell(inside);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(LABEL_HEIGHT);
        cell.setPadding(PADDING);
        return cell;
    }
}
