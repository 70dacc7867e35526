package se.kasus.tracking.lrs.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.kasus.shared.domain.InvalidInputException;

/**
 * {@code multipart/mixed} bodies (RFC 2046 5.1) as statements with attachments travel (xAPI 1.0.3 Communication
 * 1.5.2): parts delimited by CRLF, two hyphens and the boundary, each with its own headers.
 */
final class Multipart {

    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {
    }

    /** One part: its headers, with names in lower case, and its octets. */
    record Part(Map<String, String> headers, byte[] body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    static List<Part> parse(String contentType, byte[] body) {
        byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        if (position < 0 || position > 0 && !endsWithLineBreak(body, position)) {
            throw malformed("the body does not start with the boundary");
        }
        List<Part> parts = new ArrayList<>();
        position += delimiter.length;
        while (true) {
            if (startsWith(body, position, new byte[] {'-', '-'})) {
                return parts;
            }
            position = skipLineEnd(body, skipPadding(body, position));
            int next = nextDelimiter(body, delimiter, position);
            if (next < 0) {
                throw malformed("a part is not closed by the boundary");
            }
            parts.add(part(body, position, lineBreakStart(body, next)));
            position = next + delimiter.length;
        }
    }

    static byte[] write(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            part.headers().forEach((name, value) ->
                    out.writeBytes((name + ": " + value + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            out.writeBytes(CRLF);
            out.writeBytes(part.body());
            out.writeBytes(CRLF);
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String value = p.substring(9).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        throw malformed("the Content-Type has no boundary");
    }

    private static Part part(byte[] body, int from, int to) {
        Map<String, String> headers = new LinkedHashMap<>();
        int position = from;
        while (true) {
            int end = indexOf(body, new byte[] {'\n'}, position);
            if (end < 0 || end >= to) {
                throw malformed("a part's headers do not end with an empty line");
            }
            int lineEnd = end > position && body[end - 1] == '\r' ? end - 1 : end;
            String line = new String(body, position, lineEnd - position, StandardCharsets.UTF_8);
            position = end + 1;
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part has a header line without a colon");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return new Part(headers, Arrays.copyOfRange(body, position, to));
    }

    /** The next delimiter that starts a line, or -1. */
    private static int nextDelimiter(byte[] body, byte[] delimiter, int from) {
        int candidate = indexOf(body, delimiter, from);
        while (candidate >= 0 && !endsWithLineBreak(body, candidate)) {
            candidate = indexOf(body, delimiter, candidate + 1);
        }
        return candidate;
    }

    private static boolean endsWithLineBreak(byte[] body, int position) {
        return position > 0 && body[position - 1] == '\n';
    }

    private static int lineBreakStart(byte[] body, int delimiter) {
        return delimiter >= 2 && body[delimiter - 2] == '\r' ? delimiter - 2 : delimiter - 1;
    }

    private static int skipPadding(byte[] body, int position) {
        int p = position;
        while (p < body.length && (body[p] == ' ' || body[p] == '\t')) {
            p++;
        }
        return p;
    }

    private static int skipLineEnd(byte[] body, int position) {
        if (startsWith(body, position, CRLF)) {
            return position + 2;
        }
        if (position < body.length && body[position] == '\n') {
            return position + 1;
        }
        throw malformed("the boundary is not followed by a line break");
    }

    private static boolean startsWith(byte[] body, int position, byte[] prefix) {
        if (position + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[position + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] target, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (body[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static InvalidInputException malformed(String reason) {
        return new InvalidInputException("malformed-multipart",
                "The multipart/mixed body cannot be read: " + reason + " (RFC 2046, xAPI 1.0.3 Communication 1.5.2).");
    }
}
