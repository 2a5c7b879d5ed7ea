package fr.clausematch.cli;

import fr.clausematch.batch.BatchRunProperties;
import fr.clausematch.batch.BatchRuns;
import fr.clausematch.batch.BrokerUnavailableException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code worker}: a remote batch worker, the same jar without the web server. It plans the partitions of runs
 * launched with {@code --workers remote}, taken from the RabbitMQ queue ({@code SPRING_RABBITMQ_*}) and recorded in
 * the database every manager and worker share ({@code SPRING_DATASOURCE_*}: a worker on its own embedded database
 * could share nothing, so it refuses to start without one). It runs until it is ended: SIGTERM stops its current
 * partitions cleanly (they store nothing and a restart plans them), {@code kill -9} leaves them to the manager,
 * which fails them once it sees the worker gone.
 */
public class WorkerCommand implements Command {

    private final Class<?> application;

    public WorkerCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public String usage() {
        return "worker                                (ouvrier des calculs par lots distants : SPRING_DATASOURCE_*, SPRING_RABBITMQ_*)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments.parse(args, Set.of()).expectPositional(0);
        if (!sharedDatabase()) {
            err.println("Refusé : un ouvrier a besoin de la base partagée avec le gestionnaire et les autres ouvriers "
                    + "(SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) : sur sa propre base "
                    + "embarquée il ne partagerait rien");
            return USAGE_ERROR;
        }
        ConfigurableApplicationContext context = DatabaseContext.start(application, "--clausematch.batch.worker=true",
                "--logging.level.fr.clausematch.batch=INFO");
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        BatchRuns runs = context.getBean(BatchRuns.class);
        try {
            int listening = runs.checkBroker();
            Environment environment = context.getEnvironment();
            out.printf("Ouvrier prêt : file %s du courtier %s (%d consommateur(s) à l'écoute, ceux de cet ouvrier compris), %d partition(s) "
                            + "à la fois, base %s ; arrêt propre : SIGTERM%n", BatchRuns.PARTITION_QUEUE, runs.brokerAddress(),
                    listening, context.getBean(BatchRunProperties.class).parallel(), withoutSecrets(environment.getProperty("spring.datasource.url")));
            out.flush();
        } catch (BrokerUnavailableException e) {
            err.println("Refusé : " + e.getMessage().replace("rien n'a été lancé", "l'ouvrier ne démarre pas"));
            context.close();
            return USAGE_ERROR;
        }
        closed.await();
        return 0;
    }

    private static boolean sharedDatabase() {
        String url = System.getProperty("spring.datasource.url");
        if (url == null) {
            url = System.getenv("SPRING_DATASOURCE_URL");
        }
        return url != null && !url.isBlank();
    }

    /** A JDBC address without its query (where a password may be given). */
    private static String withoutSecrets(String url) {
        if (url == null) {
            return "?";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
