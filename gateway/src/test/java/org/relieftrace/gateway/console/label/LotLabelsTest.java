package org.relieftrace.gateway.console.label;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.label.LotLabels.Label;

import static org.assertj.core.api.Assertions.assertThat;

class LotLabelsTest {

    private static final Map<String, String> TEXTS = Map.of("expires_on", "有效期至", "received_on", "入库日期",
            "depot", "仓库");
    private static final String WATER = "https://relief.example.org/console/lots/7d5c1c4e-0000-4000-8000-000000000001"
            + "/trace";
    private static final String QUILT = "https://relief.example.org/console/lots/7d5c1c4e-0000-4000-8000-000000000002"
            + "/trace";

    private static byte[] twoLots() {
        return LotLabels.render("批次标签", List.of(
                new Label("W-2026-07", "瓶装水", "WATER-550", "1,200 瓶", "2027-07-01", "朱沱镇应急物资储备库",
                        "2026-07-20", WATER),
                new Label("Q-2026-05", "棉被", "QUILT", "40 床", "", "朱沱镇应急物资储备库", "2026-07-20", QUILT)),
                TEXTS);
    }

    @Test
    void eachLabelShowsItsLotItemQuantityExpiryDepotAndReceiptDateInChinese() throws IOException {
        PdfReader reader = new PdfReader(twoLots());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = text(reader.getPageContent(1));
        assertThat(text).contains("W-2026-07", "Q-2026-05", "WATER-550", "QUILT", "瓶装水", "棉被", "1,200 瓶",
                "40 床", "有效期至：2027-07-01", "入库日期：2026-07-20", "朱沱镇应急物资储备库");
        assertThat(text).as("no expiry, no expiry line").containsOnlyOnce("有效期至");
    }

    @Test
    void theQrCodePrintedOnEachLabelOpensThatLotsTracePage() throws IOException, NotFoundException {
        PdfReader reader = new PdfReader(twoLots());
        PdfDictionary images = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        List<String> decoded = new ArrayList<>();
        for (PdfName name : images.getKeys()) {
            decoded.add(decode((PRStream) PdfReader.getPdfObject(images.get(name))));
        }
        assertThat(decoded).containsExactlyInAnyOrder(WATER, QUILT);
    }

    @Test
    void twentyFiveLabelsTakeTwoPages() throws IOException {
        Label label = new Label("L", "棉被", "QUILT", "1 床", "", "仓库", "2026-07-20", QUILT);
        byte[] pdf = LotLabels.render("批次标签", java.util.Collections.nCopies(25, label), TEXTS);
        assertThat(new PdfReader(pdf).getNumberOfPages()).isEqualTo(2);
    }

    /** Reads the embedded 1-bit image back, four pixels a module, and decodes it as a scanner would. */
    private static String decode(PRStream stream) throws IOException, NotFoundException {
        int width = stream.getAsNumber(PdfName.WIDTH).intValue();
        int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
        assertThat(stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue()).isEqualTo(1);
        byte[] bits = PdfReader.getStreamBytes(stream);
        int stride = (width + 7) / 8;
        int scale = 4;
        int[] pixels = new int[width * scale * height * scale];
        for (int y = 0; y < height * scale; y++) {
            for (int x = 0; x < width * scale; x++) {
                int mx = x / scale;
                boolean white = (bits[(y / scale) * stride + mx / 8] & (0x80 >> (mx % 8))) != 0;
                pixels[y * width * scale + x] = white ? 0xFFFFFFFF : 0xFF000000;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width * scale, height * scale, pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    /**
     * The text shown on a page, a line per text object: the Chinese font is set in UCS-2 (UniGB-UCS2-H) without a
     * ToUnicode map, which OpenPDF's own extractor does not read, so the strings are read as UTF-16BE here.
     */
    private static String text(byte[] content) throws IOException {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        StringBuilder text = new StringBuilder();
        List<PdfObject> operands = new ArrayList<>();
        while (!parser.parse(operands).isEmpty()) {
            String operator = operands.get(operands.size() - 1).toString();
            if ("Tj".equals(operator)) {
                text.append(ucs2((PdfString) operands.get(0)));
            } else if ("TJ".equals(operator)) {
                for (PdfObject part : ((PdfArray) operands.get(0)).getElements()) {
                    if (part instanceof PdfString string) {
                        text.append(ucs2(string));
                    }
                }
            } else if ("ET".equals(operator)) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String ucs2(PdfString string) {
        return new String(string.getOriginalBytes(), StandardCharsets.UTF_16BE);
    }
}
