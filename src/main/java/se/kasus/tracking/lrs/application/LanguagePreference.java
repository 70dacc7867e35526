package se.kasus.tracking.lrs.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kasus.xapi.model.LanguageMap;

/**
 * The languages a client accepts, best first, from its {@code Accept-Language} header (RFC 9110 12.5.4), applied to
 * each language map on its own (xAPI 1.0.3 Communication 2.1.3.s4): the map keeps the one entry that fits best.
 */
public final class LanguagePreference {

    private final List<String> ranges;

    private LanguagePreference(List<String> ranges) {
        this.ranges = ranges;
    }

    public static LanguagePreference of(String acceptLanguage) {
        record Range(String tag, double q, int order) {
        }
        List<Range> parsed = new ArrayList<>();
        if (acceptLanguage != null) {
            String[] items = acceptLanguage.split(",");
            for (int i = 0; i < items.length; i++) {
                String[] parts = items[i].strip().split(";");
                String tag = parts[0].strip().toLowerCase(Locale.ROOT);
                double q = 1.0;
                for (int j = 1; j < parts.length; j++) {
                    String param = parts[j].strip();
                    if (param.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (!tag.isEmpty() && q > 0) {
                    parsed.add(new Range(tag, q, i));
                }
            }
        }
        parsed.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        return new LanguagePreference(parsed.stream().map(Range::tag).toList());
    }

    /** The map with only its best entry; the first entry when none is acceptable, so one language is always left. */
    public LanguageMap pick(LanguageMap map) {
        if (map == null || map.values().size() <= 1) {
            return map;
        }
        for (String range : ranges) {
            for (Map.Entry<String, String> entry : map.values().entrySet()) {
                String tag = entry.getKey().toLowerCase(Locale.ROOT);
                if (range.equals("*") || tag.equals(range) || tag.startsWith(range + "-")) {
                    return LanguageMap.of(entry.getKey(), entry.getValue());
                }
            }
        }
        Map.Entry<String, String> first = map.values().entrySet().iterator().next();
        return LanguageMap.of(first.getKey(), first.getValue());
    }
}
