package se.kasus.cmi5.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.kasus.cmi5.domain.LaunchFailure;

class LaunchErrorPageTest {

    @ParameterizedTest
    @EnumSource(LaunchFailure.class)
    void everyFailureHasASwedishPageWithoutScriptInlineStyleOrKasusNavigation(LaunchFailure failure) {
        String page = LaunchErrorPage.render(failure);

        assertThat(page).contains("<html lang=\"sv\">", "<h1>Kursen kunde inte starta</h1>",
                "<p role=\"alert\" id=\"launch-error\" data-failure=\"" + failure.name() + "\">"
                        + failure.swedishText() + "</p>",
                "Tillgänglighetsredogörelse");
        assertThat(page).doesNotContain("<script", "style=", "<nav", "onclick", "href=\"http");
        assertThat(LaunchErrorPage.status(failure)).isBetween(400, 599);
    }

    @ParameterizedTest
    @EnumSource(value = LaunchFailure.class, names = {"TOKEN_ALREADY_USED", "TOKEN_REFUSED"})
    void aUsedOrRefusedTokenIsForbidden(LaunchFailure failure) {
        assertThat(LaunchErrorPage.status(failure)).isEqualTo(403);
    }

    @org.junit.jupiter.api.Test
    void aSecondFetchTellsTheLearnerToStartAgainFromTheLms() {
        assertThat(LaunchErrorPage.render(LaunchFailure.forFetchErrorCode("1")))
                .contains("Starten har redan använts eller har gått ut");
    }
}
