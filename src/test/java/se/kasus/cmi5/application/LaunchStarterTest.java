package se.kasus.cmi5.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kasus.cmi5.domain.Cmi5Statements;
import se.kasus.cmi5.domain.LaunchData;
import se.kasus.cmi5.domain.LaunchException;
import se.kasus.cmi5.domain.LaunchFailure;
import se.kasus.cmi5.domain.LaunchMode;
import se.kasus.cmi5.domain.LaunchParameters;
import se.kasus.cmi5.domain.MoveOn;
import se.kasus.xapi.model.Agent;
import se.kasus.xapi.model.Context;
import se.kasus.xapi.model.Extensions;

class LaunchStarterTest {

    private static final String PUBLISHER = "https://kasus.example.se/cmi5/courses/c1/modules/m1/cases/case-01";
    private static final LaunchParameters PARAMETERS = new LaunchParameters("https://lms.example.com/xapi/",
            "https://lms.example.com/fetch?k=1", Agent.withAccount(null, "https://lms.example.com", "1625378"),
            UUID.fromString("760e3480-ba55-4991-94b0-01820dbd23a2"), "https://lms.example.com/au/17");

    /** Records the calls in order; fails where told to. */
    private static final class RecordingLms implements LmsConnection {
        final List<String> calls = new ArrayList<>();
        LaunchFailure fetchFailure;
        LaunchData launchData;

        @Override
        public String fetchToken(LaunchParameters launch) {
            calls.add("fetch");
            if (fetchFailure != null) {
                throw new LaunchException(fetchFailure, "test");
            }
            return "token-1";
        }

        @Override
        public LaunchData launchData(LaunchParameters launch, String token) {
            calls.add("state:" + token);
            return launchData;
        }

        @Override
        public Optional<String> languagePreference(LaunchParameters launch, String token) {
            calls.add("profile:" + token);
            return Optional.of("sv-SE");
        }
    }

    private static LaunchData data(Map<String, Object> extensions) {
        return new LaunchData(Context.builder().extensions(new Extensions(extensions)).build(), LaunchMode.REVIEW, 0.8,
                MoveOn.PASSED, "https://lms.example.com/back", null);
    }

    @Test
    void theTokenIsFetchedOnceThenLaunchDataAndPreferencesAreReadWithIt() {
        RecordingLms lms = new RecordingLms();
        lms.launchData = data(Map.of(Cmi5Statements.EXTENSION_SESSION_ID, "s-9"));

        StartedLaunch started = new LaunchStarter(lms).start(PARAMETERS, PUBLISHER);

        assertThat(lms.calls).containsExactly("fetch", "state:token-1", "profile:token-1");
        assertThat(started.token()).isEqualTo("token-1");
        assertThat(started.toString()).doesNotContain("token-1");
        assertThat(started.languagePreference()).contains("sv-SE");
        assertThat(started.context().sessionId()).isEqualTo("s-9");
        assertThat(started.context().launchMode()).isEqualTo(LaunchMode.REVIEW);
        assertThat(started.context().masteryScore()).isEqualTo(0.8);
        assertThat(started.context().moveOn()).isEqualTo(MoveOn.PASSED);
        assertThat(started.context().activityId()).isEqualTo("https://lms.example.com/au/17");
        assertThat(started.context().publisherId()).isEqualTo(PUBLISHER);
        assertThat(started.context().registration()).isEqualTo(PARAMETERS.registration());
    }

    @Test
    void aRefusedFetchStopsTheLaunchWithoutASecondFetchOrAnyLrsCall() {
        RecordingLms lms = new RecordingLms();
        lms.fetchFailure = LaunchFailure.TOKEN_ALREADY_USED;

        assertThatThrownBy(() -> new LaunchStarter(lms).start(PARAMETERS, PUBLISHER))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.failure()).isEqualTo(LaunchFailure.TOKEN_ALREADY_USED));
        assertThat(lms.calls).containsExactly("fetch");
    }

    @Test
    void launchDataWithoutASessionIdIsABrokenLaunch() {
        RecordingLms lms = new RecordingLms();
        lms.launchData = data(Map.of());

        assertThatThrownBy(() -> new LaunchStarter(lms).start(PARAMETERS, PUBLISHER))
                .isInstanceOfSatisfying(LaunchException.class,
                        e -> assertThat(e.failure()).isEqualTo(LaunchFailure.LAUNCH_DATA_MISSING));
        assertThat(lms.calls).containsExactly("fetch", "state:token-1");
    }
}
