package app.stoika.ops.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Wall times per case, printed as median / min / max with a ratio to a reference case. */
final class Measurements {
    interface Action {
        void run() throws Exception;
    }

    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();
    private final Map<String, String> sizes = new LinkedHashMap<>();
    private final Map<String, String> references = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void time(String name, Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        double s = (System.nanoTime() - start) / 1e9;
        seconds.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        System.out.printf(Locale.ROOT, "  %-58s %7.2f s%n", name, s);
    }

    void size(String name, long bytes) {
        sizes.put(name, String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0));
    }

    void compare(String name, String reference) {
        references.put(name, reference);
    }

    void note(String text) {
        notes.add(text);
    }

    double median(String name) {
        List<Double> v = new ArrayList<>(seconds.get(name));
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    String table(String title) {
        StringBuilder sb = new StringBuilder("\n" + title + "\n");
        String header = String.format(Locale.ROOT, "%-58s %8s %8s %8s %8s  %s", "case", "median", "min", "max", "size", "ratio");
        sb.append(header).append('\n').append("-".repeat(header.length() + 30)).append('\n');
        for (var e : seconds.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            Collections.sort(v);
            String ratio = "";
            String ref = references.get(e.getKey());
            if (ref != null && seconds.containsKey(ref)) {
                ratio = String.format(Locale.ROOT, "%.2fx %s", median(e.getKey()) / median(ref), ref);
            }
            sb.append(String.format(Locale.ROOT, "%-58s %7.2fs %7.2fs %7.2fs %8s  %s%n", e.getKey(), median(e.getKey()),
                    v.get(0), v.get(v.size() - 1), sizes.getOrDefault(e.getKey(), ""), ratio));
        }
        for (String n : notes) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString();
    }
}
