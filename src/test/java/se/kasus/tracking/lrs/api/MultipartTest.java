package se.kasus.tracking.lrs.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kasus.shared.domain.InvalidInputException;

class MultipartTest {

    /** The example of xAPI 1.0.3 Communication 1.5.2.s6, with its boundary of unusual characters. */
    private static final String EXAMPLE = "\r\n--abcABC0123'()+_,-./:=?\r\nContent-Type:application/json\r\n\r\n"
            + "{\"a\":1}\r\n--abcABC0123'()+_,-./:=?\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\n"
            + "X-Experience-API-Hash:495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a\r\n\r\n"
            + "here is a simple attachment\r\n--abcABC0123'()+_,-./:=?--";

    @Test
    void theSpecificationsExampleHasTwoPartsWithTheirHeaders() {
        List<Multipart.Part> parts = Multipart.parse("multipart/mixed; boundary=\"abcABC0123'()+_,-./:=?\"",
                EXAMPLE.getBytes(StandardCharsets.UTF_8));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).header("content-type")).contains("application/json");
        assertThat(new String(parts.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(parts.get(1).header("X-Experience-API-Hash")).contains(
                "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a");
        assertThat(new String(parts.get(1).body(), StandardCharsets.UTF_8)).isEqualTo("here is a simple attachment");
        assertThat(Submission.sha2(64, parts.get(1).body()))
                .isEqualTo("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a");
    }

    @Test
    void binaryDataWithLineBreaksAndBoundaryLookalikesSurvives() {
        byte[] data = {0, 13, 10, '-', '-', 'x', 13, 10, (byte) 0xff};
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/octet-stream");

        byte[] written = Multipart.write("xyz", List.of(new Multipart.Part(headers, data)));
        List<Multipart.Part> read = Multipart.parse("multipart/mixed; boundary=xyz", written);

        assertThat(read).hasSize(1);
        assertThat(read.get(0).body()).isEqualTo(data);
    }

    @Test
    void bodiesThatAreNotMultipartAreRefused() {
        assertThatThrownBy(() -> Multipart.parse("multipart/mixed", "x".getBytes()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("boundary");
        assertThatThrownBy(() -> Multipart.parse("multipart/mixed; boundary=b", "no delimiter".getBytes()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Multipart.parse("multipart/mixed; boundary=b", "--b\r\nContent-Type: a\r\n\r\nunclosed".getBytes()))
                .isInstanceOf(InvalidInputException.class);
    }
}
