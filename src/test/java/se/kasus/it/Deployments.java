package se.kasus.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as Maven packaged it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive kasus() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("kasus.war", "target/kasus.war")));
    }
}
