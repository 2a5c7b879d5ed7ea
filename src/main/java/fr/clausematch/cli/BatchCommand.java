package fr.clausematch.cli;

import fr.clausematch.batch.BatchRuns;
import fr.clausematch.batch.BrokerUnavailableException;
import fr.clausematch.batch.DatabaseLostException;
import fr.clausematch.batch.RunBudget;
import fr.clausematch.batch.RunRequest;
import fr.clausematch.batch.RunView;
import fr.clausematch.batch.Workers;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code batch run|status|restart|stop}: batch runs over territories on the database, without the web server.
 * {@code run} and {@code restart} print the run's number, wait for its end and print one line per territory.
 * {@code --workers remote} has the run planned by worker processes ({@link WorkerCommand}) through RabbitMQ; a
 * broker that does not answer is refused (status 2) before anything starts.
 */
public class BatchCommand implements Command {

    static final String ACTOR = "batch (ligne de commande)";

    private final Class<?> application;

    public BatchCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public String usage() {
        return "batch run [--territories 21,25 | --all] [--budget 15m] [--workers local|remote]\n"
                + "  java -jar clausematch.jar batch status [RUN] | batch restart RUN | batch stop RUN";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("sous-commande manquante : run, status, restart ou stop");
        }
        String action = args.get(0);
        List<String> rest = args.subList(1, args.size()).stream().map(arg -> arg.equals("--all") ? "--all=yes" : arg).toList();
        return switch (action) {
            case "run" -> launch(CommandArguments.parse(rest, Set.of("territories", "all", "budget", "workers")).expectPositional(0), out, err);
            case "status" -> status(CommandArguments.parse(rest, Set.of()), out, err);
            case "restart", "stop" -> withRun(CommandArguments.parse(rest, Set.of()).expectPositional(1), action, out, err);
            default -> throw new UsageException("sous-commande inconnue : " + action + " (run, status, restart ou stop)");
        };
    }

    private int launch(CommandArguments arguments, PrintStream out, PrintStream err) throws Exception {
        boolean all = arguments.yesNoOption("all", false);
        String listed = arguments.option("territories");
        if (all == (listed != null)) {
            throw new UsageException("donnez soit --territories 21,25, soit --all");
        }
        Duration budget = budget(arguments.option("budget", "15m"));
        Workers workers = workers(arguments.option("workers", "local"));
        List<String> territories = listed == null ? List.of() : Arrays.stream(listed.split(",")).map(String::trim).toList();
        return withRuns(err, runs -> {
            RunView run = runs.launch(new RunRequest(territories, all, budget.toSeconds(), workers.word()), ACTOR);
            out.printf("Calcul par lots %d lancé : %d territoire(s) (%s), budget %d s%s%n", run.id(), run.territories().size(),
                    String.join(", ", run.territories()), run.budgetSeconds(),
                    workers == Workers.REMOTE ? ", ouvriers distants (file " + BatchRuns.PARTITION_QUEUE + ")" : "");
            out.flush();
            return finish(runs.await(run.id()), out);
        });
    }

    private int status(CommandArguments arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.positional().size() > 1) {
            throw new UsageException("un seul numéro de calcul attendu");
        }
        return withRuns(err, runs -> {
            if (arguments.positional().isEmpty()) {
                List<RunView> all = runs.list();
                if (all.isEmpty()) {
                    out.println("Aucun calcul par lots.");
                }
                all.forEach(run -> BatchLines.run(run, out));
            } else {
                RunView run = runs.get(number(arguments.positional().get(0)));
                BatchLines.run(run, out);
                BatchLines.partitions(run, out);
                BatchLines.sizeClasses(run, out);
            }
            return 0;
        });
    }

    private int withRun(CommandArguments arguments, String action, PrintStream out, PrintStream err) throws Exception {
        long number = number(arguments.positional().get(0));
        return withRuns(err, runs -> {
            if (action.equals("stop")) {
                runs.stop(number);
                out.printf("Arrêt demandé pour le calcul par lots %d : ses territoires en cours s'arrêtent sans rien enregistrer "
                        + "(reprise : batch restart %d)%n", number, number);
                return 0;
            }
            RunView run = runs.restart(number);
            out.printf("Calcul par lots %d repris (exécution %d) : les territoires déjà terminés sont gardés%n", run.id(), run.lastExecution());
            out.flush();
            return finish(runs.await(number), out);
        });
    }

    private static int finish(RunView run, PrintStream out) {
        BatchLines.run(run, out);
        BatchLines.partitions(run, out);
        BatchLines.sizeClasses(run, out);
        if (!run.status().equals("COMPLETED")) {
            out.printf("Le calcul n'est pas allé au bout : reprenez-le par batch restart %d%n", run.id());
            return 1;
        }
        return 0;
    }

    private interface WithRuns {
        int run(BatchRuns runs) throws Exception;
    }

    private int withRuns(PrintStream err, WithRuns work) throws Exception {
        try (ConfigurableApplicationContext context = DatabaseContext.start(application)) {
            return work.run(context.getBean(BatchRuns.class));
        } catch (InvalidFieldException | ConflictException | NotFoundException | BrokerUnavailableException e) {
            err.println("Refusé : " + e.getMessage());
            return USAGE_ERROR;
        } catch (DatabaseLostException e) {
            err.println("Interrompu : " + e.getMessage());
            return 1;
        }
    }

    private static Duration budget(String text) {
        try {
            return RunBudget.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Workers workers(String text) {
        try {
            return Workers.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("numéro de calcul invalide : " + text);
        }
    }
}
