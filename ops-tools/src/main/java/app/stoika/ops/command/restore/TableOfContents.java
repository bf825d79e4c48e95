package app.stoika.ops.command.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A custom-format archive's table of contents as {@code pg_restore --list} prints it, filtered into the
 * list files that {@code pg_restore -L} takes.
 */
public final class TableOfContents {
    private static final Pattern TABLE_DATA = Pattern.compile("^\\d+; \\d+ \\d+ TABLE DATA (\\S+) (\\S+) \\S+$");
    private final List<String> lines;

    public TableOfContents(String listing) {
        this.lines = listing.lines().toList();
    }

    /** Qualified names ({@code schema.table}) of the tables whose data the archive holds. */
    public Set<String> tablesWithData() {
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = TABLE_DATA.matcher(line);
            if (m.matches()) {
                names.add(m.group(1) + "." + m.group(2));
            }
        }
        return names;
    }

    /** Resolves what the user typed ({@code table} or {@code schema.table}) to qualified names. */
    public List<String> resolve(List<String> requested) {
        Set<String> all = tablesWithData();
        List<String> resolved = new ArrayList<>();
        for (String name : requested) {
            List<String> matches = all.stream()
                    .filter(t -> t.equals(name) || (!name.contains(".") && t.endsWith("." + name))).toList();
            if (matches.isEmpty()) {
                throw new RestoreRefusedException("The backup holds no table " + name + "; it holds: " + String.join(", ", all));
            }
            if (matches.size() > 1) {
                throw new RestoreRefusedException("Table name " + name + " is ambiguous (" + String.join(", ", matches)
                        + "); give schema.table");
            }
            resolved.add(matches.get(0));
        }
        return resolved;
    }

    /** Only the data of the given tables. */
    public String dataOnly(List<String> tables) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            Matcher m = TABLE_DATA.matcher(line);
            if (m.matches() && tables.contains(m.group(1) + "." + m.group(2))) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The whole schema, the data of the given tables only, and no foreign keys (other tables stay empty). */
    public String schemaWithDataOf(List<String> tables) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(";") || line.isBlank()) {
                continue;
            }
            Matcher m = TABLE_DATA.matcher(line);
            if (m.matches() && !tables.contains(m.group(1) + "." + m.group(2))) {
                continue;
            }
            if (line.contains(" FK CONSTRAINT ")) {
                continue;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    public static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
