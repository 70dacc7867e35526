package se.kasus.content.domain;

import java.util.List;
import java.util.Locale;

/**
 * One entry of a course's glossary (ordlista): the term, its definition in plain Swedish, other forms of the term
 * that a module's key concepts may use ({@code alsoKnownAs}), and links for reading further.
 */
public record GlossaryTerm(String term, String definition, List<String> alsoKnownAs, List<GlossaryLink> links) {

    public GlossaryTerm {
        alsoKnownAs = Lists.orEmpty(alsoKnownAs);
        links = Lists.orEmpty(links);
    }

    /** Whether {@code text} names this term: the term or one of its other forms, ignoring case. */
    public boolean names(String text) {
        if (text == null) {
            return false;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return term.toLowerCase(Locale.ROOT).equals(wanted)
                || alsoKnownAs.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** A link from a glossary entry: visible text and an https address. */
    public record GlossaryLink(String text, String url) {
    }
}
