package fr.clausematch.cli;

import fr.clausematch.retention.RetentionProperties;
import fr.clausematch.retention.RetentionService;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** {@code purge [--today YYYY-MM-DD]}: anonymises the people without contact for longer than the retention setting. */
public class PurgeCommand implements Command {

    /** The application's configuration, started without its web layer. */
    private final Class<?> application;

    public PurgeCommand(Class<?> application) {
        this.application = application;
    }

    static final String ACTOR = "purge (ligne de commande)";

    @Override
    public String name() {
        return "purge";
    }

    @Override
    public String usage() {
        return "purge [--today AAAA-MM-JJ]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("today")).expectPositional(0);
        LocalDate given = today(arguments.option("today"));
        try (ConfigurableApplicationContext context = DatabaseContext.start(application)) {
            LocalDate today = given != null ? given : LocalDate.now(context.getBean(Clock.class));
            int count = context.getBean(RetentionService.class).anonymiseInactive(today, ACTOR);
            out.printf("Purge terminée : %d personne(s) anonymisée(s) (sans contact depuis plus de %d jours au %s)%n",
                    count, context.getBean(RetentionProperties.class).inactiveDays(), today);
            return 0;
        }
    }

    private static LocalDate today(String option) {
        if (option == null) {
            return null;
        }
        try {
            return LocalDate.parse(option);
        } catch (DateTimeParseException e) {
            throw new UsageException("date invalide pour --today : " + option + " (attendu AAAA-MM-JJ)");
        }
    }
}
