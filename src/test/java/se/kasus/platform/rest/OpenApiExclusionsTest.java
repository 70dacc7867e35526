package se.kasus.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** /openapi describes /api only, so every resource of the LRS application must be excluded from its scan. */
class OpenApiExclusionsTest {

    @Test
    void everyLrsResourceIsLeftOutOfTheOpenApiScan() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Set<String> excluded = Arrays.stream(config.getProperty("mp.openapi.scan.exclude.classes").split(","))
                .map(String::strip).collect(Collectors.toSet());

        Set<String> lrsResources = new XapiApplication().getClasses().stream()
                .filter(c -> c.isAnnotationPresent(Path.class)).map(Class::getName).collect(Collectors.toSet());

        assertThat(excluded).contains(XapiApplication.class.getName()).containsAll(lrsResources);
        assertThat(new KasusApplication().getClasses()).noneMatch(c -> excluded.contains(c.getName()));
    }
}
