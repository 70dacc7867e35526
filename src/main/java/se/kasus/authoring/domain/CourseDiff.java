package se.kasus.authoring.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A unified diff (as git and patch print it) between the files of two course versions, file by file in path order,
 * with three lines of context. A file only in one version is diffed against /dev/null. Files that are the same in
 * both are left out, so two equal versions give an empty diff.
 */
public final class CourseDiff {

    public static final int CONTEXT = 3;

    private CourseDiff() {
    }

    /**
     * @param fromLabel prefix of the old files' names, e.g. {@code v1}
     * @param toLabel   prefix of the new files' names, e.g. {@code v2}
     * @param from      path to text of the old version's files
     * @param to        path to text of the new version's files
     * @param onlyPath  one path to compare, or null for every file
     */
    public static String unified(String fromLabel, String toLabel, Map<String, String> from, Map<String, String> to,
                                 String onlyPath) {
        SortedSet<String> paths = new TreeSet<>(from.keySet());
        paths.addAll(to.keySet());
        StringBuilder out = new StringBuilder();
        for (String path : paths) {
            if (onlyPath != null && !onlyPath.equals(path)) {
                continue;
            }
            String before = from.get(path);
            String after = to.get(path);
            if (before != null && before.equals(after)) {
                continue;
            }
            List<String> original = lines(before);
            List<String> revised = lines(after);
            Patch<String> patch = DiffUtils.diff(original, revised);
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
                    before == null ? "/dev/null" : fromLabel + "/" + path,
                    after == null ? "/dev/null" : toLabel + "/" + path, original, patch, CONTEXT);
            diff.forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
