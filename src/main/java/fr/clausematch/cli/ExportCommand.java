package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetWriter;
import fr.clausematch.exchange.DatasetExporter;
import fr.clausematch.territory.TerritoryRepository;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code export DIR [--territory T]}: writes the database (or one territory) as a dataset folder. */
public class ExportCommand implements Command {

    /** The application's configuration, started without its web layer. */
    private final Class<?> application;

    public ExportCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export DOSSIER [--territory CODE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("territory")).expectPositional(1);
        Path folder = Path.of(arguments.positional().get(0));
        String territory = arguments.option("territory");
        try (ConfigurableApplicationContext context = DatabaseContext.start(application)) {
            if (territory != null && !context.getBean(TerritoryRepository.class).existsById(territory)) {
                err.println("Territoire inconnu : " + territory);
                return Command.USAGE_ERROR;
            }
            long started = System.nanoTime();
            Dataset dataset = context.getBean(DatasetExporter.class).export(territory);
            Files.createDirectories(folder);
            new DatasetWriter().write(dataset, folder);
            out.printf("Export terminé en %d ms : %d candidats, %d contrats, %d postes dans %s%n",
                    (System.nanoTime() - started) / 1_000_000, dataset.candidates().size(),
                    dataset.contracts().size(), dataset.slots().size(), folder);
            return 0;
        }
    }
}
