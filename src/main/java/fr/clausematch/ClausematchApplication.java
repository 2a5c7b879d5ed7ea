package fr.clausematch;

import fr.clausematch.cli.CommandLineDispatcher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * With no argument (or only {@code --spring.options}), runs the web application; with a command
 * name first ({@code import}, {@code export}, {@code generate}, {@code solve}, …), runs that command
 * and exits without starting a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClausematchApplication {

    public static void main(String[] args) {
        if (CommandLineDispatcher.isCommandLine(args)) {
            System.exit(CommandLineDispatcher.standard(ClausematchApplication.class).run(args, System.out, System.err));
        }
        SpringApplication.run(ClausematchApplication.class, args);
    }
}
