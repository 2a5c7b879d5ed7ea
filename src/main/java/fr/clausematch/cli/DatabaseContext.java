package fr.clausematch.cli;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** The application without its web layer, for commands that read or write the database. */
final class DatabaseContext {

    private static final List<String> DEFAULTS = List.of("--clausematch.sample-data.load-on-start=false",
            "--clausematch.retention.scheduled=false", "--clausematch.batch.nightly-cron=", "--logging.level.root=WARN",
            "--logging.level.fr.clausematch=WARN");

    private DatabaseContext() {
    }

    /**
     * {@code application}: the Spring Boot application class (given by the jar's main, so this module needs not know
     * it); {@code settings}: more {@code --name=value} settings, after the defaults of every command.
     */
    static ConfigurableApplicationContext start(Class<?> application, String... settings) {
        List<String> args = new ArrayList<>(DEFAULTS);
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }
}
