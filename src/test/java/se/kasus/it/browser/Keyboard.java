package se.kasus.it.browser;

import com.microsoft.playwright.Page;

/** Moves through a page the way a keyboard user does: Tab, arrow keys, Space and Enter only. */
final class Keyboard {

    private static final int MAX_TABS = 80;

    private Keyboard() {
    }

    /** Presses Tab until the focused element's text, label or value contains {@code text}. */
    static void tabTo(Page page, String text) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if (focusedText(page).contains(text)) {
                return;
            }
        }
        throw new AssertionError("could not reach \"" + text + "\" with Tab; focus is on: " + focusedText(page));
    }

    /** Tabs into the radio group named {@code name}, then uses the arrow keys until the option {@code value} is chosen. */
    static void chooseRadio(Page page, String name, String value) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("n => document.activeElement.name === n", name))) {
                break;
            }
        }
        for (int i = 0; i < 8; i++) {
            if (Boolean.TRUE.equals(page.evaluate("v => document.activeElement.value === v && document.activeElement.checked", value))) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("could not choose " + value + " in radio group " + name);
    }

    static String focusedText(Page page) {
        return String.valueOf(page.evaluate("() => { const e = document.activeElement; if (!e) return '';"
                + " const label = e.labels && e.labels.length ? e.labels[0].textContent : '';"
                + " return (e.textContent || '') + ' ' + label + ' ' + (e.value || ''); }"));
    }
}
