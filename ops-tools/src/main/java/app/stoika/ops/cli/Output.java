package app.stoika.ops.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;

import app.stoika.ops.storage.Json;

/**
 * What the commands print: a table for people (colour only on a terminal, sizes in KB/MB/GB, local times
 * with the zone) or JSON for scripts.
 */
public final class Output {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);
    private final PrintWriter out;
    private final boolean colour;
    private final ZoneId zone;

    public Output(PrintWriter out, boolean colour, ZoneId zone) {
        this.out = out;
        this.colour = colour;
        this.zone = zone;
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    public void json(Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns padded to the widest cell; the header underlined by dashes. */
    public void table(List<String> headers, List<List<String>> rows) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], visibleLength(row.get(i)));
            }
        }
        out.println(bold(format(headers, widths)));
        List<String> dashes = new ArrayList<>();
        for (int w : widths) {
            dashes.add("-".repeat(w));
        }
        out.println(format(dashes, widths));
        for (List<String> row : rows) {
            out.println(format(row, widths));
        }
        out.flush();
    }

    private static String format(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            sb.append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - visibleLength(cell) + 2));
            }
        }
        return sb.toString().stripTrailing();
    }

    private static int visibleLength(String s) {
        return s.replaceAll("\u001B\\[[0-9;]*m", "").length();
    }

    public String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(zone));
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    public String good(String text) { return paint(text, "32"); }
    public String bad(String text) { return paint(text, "31"); }
    public String warn(String text) { return paint(text, "33"); }
    private String bold(String text) { return paint(text, "1"); }

    private String paint(String text, String code) {
        return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
