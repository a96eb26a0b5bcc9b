package org.relieftrace.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line chart as a standalone SVG image (no library): one line per series over a shared x axis, the axes scaled
 * from zero to the largest value, a legend. For the reports' "over time" figures, which a Markdown viewer shows.
 */
final class SvgChart {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 36;
    private static final int BOTTOM = 44;

    private SvgChart() {
    }

    /**
     * The chart of {@code series} (name → one value per x) over {@code x}, titled, with axis labels.
     */
    static String lines(String title, String xLabel, String yLabel, List<Double> x,
                        Map<String, List<Double>> series) {
        double maxX = x.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double maxY = series.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).max().orElse(1);
        maxX = maxX <= 0 ? 1 : maxX;
        maxY = maxY <= 0 ? 1 : maxY * 1.1;
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">\n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", WIDTH, HEIGHT));
        svg.append(text(WIDTH / 2.0, 20, "middle", title, 14));
        for (int i = 0; i <= 4; i++) {
            double value = maxY * i / 4;
            double y = TOP + plotH - plotH * i / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>\n", LEFT, y, LEFT + plotW, y));
            svg.append(text(LEFT - 6, y + 4, "end", format(value), 11));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>\n",
                LEFT, TOP + plotH, LEFT + plotW, TOP + plotH));
        for (int i = 0; i <= 4; i++) {
            double x0 = LEFT + plotW * i / 4.0;
            svg.append(text(x0, TOP + plotH + 16, "middle", format(maxX * i / 4), 11));
        }
        svg.append(text(LEFT + plotW / 2.0, HEIGHT - 8, "middle", xLabel, 11));
        svg.append(String.format(Locale.ROOT, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %.1f)\">%s</text>\n", TOP + plotH / 2.0, TOP + plotH / 2.0,
                escape(yLabel)));
        int colour = 0;
        for (Map.Entry<String, List<Double>> line : series.entrySet()) {
            String stroke = COLOURS[colour % COLOURS.length];
            StringBuilder points = new StringBuilder();
            List<Double> values = line.getValue();
            for (int i = 0; i < Math.min(x.size(), values.size()); i++) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + plotW * x.get(i) / maxX,
                        TOP + plotH - plotH * values.get(i) / maxY));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
                    + " points=\"%s\"/>\n", stroke, points.toString().trim()));
            double legendY = TOP + 14 + 18 * colour;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"3\"/>\n", LEFT + plotW + 12, legendY, LEFT + plotW + 30, legendY, stroke));
            svg.append(text(LEFT + plotW + 36, legendY + 4, "start", line.getKey(), 11));
            colour++;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String text(double x, double y, String anchor, String text, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>\n",
                x, y, anchor, size, escape(text));
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
