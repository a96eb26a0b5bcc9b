package org.relieftrace.gateway.console.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.ApiProblem;
import org.relieftrace.gateway.console.Console;
import org.relieftrace.gateway.console.Directory;
import org.relieftrace.gateway.console.Formats;

/**
 * 导出 Excel — a console list sent as an XLSX file: headers in the user's language, the file named for what it holds
 * and the day ({@code 库存-县应急物资储备库-2026-07-20.xlsx}).
 */
@RequestScoped
public class Excel {

    /** The media type of an XLSX workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Console console;

    /** A text in the user's language (a column header, a title). */
    public String t(String key) {
        return console.text(key);
    }

    /** A value's text in the user's language ({@code prefix + value}, e.g. {@code source_DONATION}), as pages do. */
    public String text(String prefix, Object value) {
        return Formats.text(console.texts(), prefix, value);
    }

    /** The refusal of an export whose filter names nothing of the user's (shown as the page shows a problem). */
    public ApiProblem refused(String textKey) {
        return new ApiProblem(404, null, t(textKey), null, List.of());
    }

    /**
     * The depot asked among the user's (the first of them when none is asked), as the depot pages pick it; refused
     * as those pages refuse it when it is none of theirs.
     */
    public Directory.Depot depot(Directory directory, String depotId) {
        Directory.Depot depot = directory.depot(depotId);
        if (depot == null) {
            throw refused(depotId == null ? "stock_no_depot" : "stock_not_yours");
        }
        return depot;
    }

    /** The note a sheet carries when the list was longer than an export holds, or null. */
    public String cutNote(Paging.All<?> all) {
        return all.cut() ? String.format(t("export_cut"), all.items().size(), all.total()) : null;
    }

    /** The workbook as a download named by the parts given (blank parts left out) and today. */
    public Response file(List<String> nameParts, Sheet<?>... sheets) {
        String name = nameParts.stream().filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .map(Excel::safe).collect(Collectors.joining("-")) + "-" + Formats.today() + ".xlsx";
        return Response.ok(XlsxWriter.write(Arrays.asList(sheets)), XLSX)
                .header("Content-Disposition", disposition(name)).build();
    }

    /** {@code attachment} with an ASCII fallback name and the real name in UTF-8 (RFC 6266, RFC 8187). */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[_-]+", "");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String safe(String part) {
        return part.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
