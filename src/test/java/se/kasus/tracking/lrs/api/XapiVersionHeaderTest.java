package se.kasus.tracking.lrs.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiVersionHeaderTest {

    @ParameterizedTest
    @CsvSource({"1.0,1.0.3", "1.0.0,1.0.3", "1.0.3,1.0.3", "1.0.17,1.0.3", "2.0,2.0.0", "2.0.0,2.0.0"})
    void supportedVersionsAreAnsweredWithTheLatestPatchOfTheirMajorVersion(String request, String response) {
        assertThat(XapiVersionHeader.of(request)).get().extracting(XapiVersionHeader::latest).isEqualTo(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0.9", "0.95", "1.1.0", "1", "2.1.0", "3.0.0", "1.0.x", "latest"})
    void otherVersionsAreNotSupported(String request) {
        assertThat(XapiVersionHeader.of(request)).isEmpty();
    }
}
