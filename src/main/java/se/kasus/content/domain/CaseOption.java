package se.kasus.content.domain;

import java.util.List;

/** One answer at a decision point, with its score, principle tags, feedback and the step it leads to. */
public record CaseOption(String id, String text, int score, boolean best,
                         List<String> honours, List<String> violates, List<String> mixed,
                         String feedback, String consequence, List<String> legalReferences, String next) {

    public static final String END = "end";

    public CaseOption {
        honours = Lists.orEmpty(honours);
        violates = Lists.orEmpty(violates);
        mixed = Lists.orEmpty(mixed);
        legalReferences = Lists.orEmpty(legalReferences);
    }

    public boolean endsCase() {
        return END.equals(next);
    }
}
