package fr.clausematch.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web layer, for commands that read or write the database. */
final class DatabaseContext {

    private DatabaseContext() {
    }

    /** {@code application}: the Spring Boot application class (given by the jar's main, so this module needs not know it). */
    static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--clausematch.sample-data.load-on-start=false",
                        "--clausematch.retention.scheduled=false",
                        "--clausematch.batch.nightly-cron=",
                        "--logging.level.root=WARN",
                        "--logging.level.fr.clausematch=WARN");
    }
}
