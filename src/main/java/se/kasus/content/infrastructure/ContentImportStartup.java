package se.kasus.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.kasus.content.application.ContentImporter;

/** Imports the course folders when the application starts. */
@ApplicationScoped
public class ContentImportStartup {

    @Inject
    ContentImporter importer;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        importer.importAll();
    }
}
