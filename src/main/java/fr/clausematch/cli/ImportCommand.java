package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.exchange.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code import DIR [--territory T]}: loads a dataset folder into the database, all or nothing. */
public class ImportCommand implements Command {

    /** The application's configuration, started without its web layer. */
    private final Class<?> application;

    public ImportCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import DOSSIER [--territory CODE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("territory")).expectPositional(1);
        Path folder = Path.of(arguments.positional().get(0));
        if (!Files.isDirectory(folder)) {
            throw new UsageException("dossier introuvable : " + folder);
        }
        Dataset dataset;
        try {
            dataset = new DatasetReader().read(folder);
        } catch (DatasetFormatException e) {
            return ErrorListing.print(e, err, "Jeu de données refusé, rien n'a été importé");
        }
        try (ConfigurableApplicationContext context = DatabaseContext.start(application)) {
            ImportReport report = context.getBean(DatasetImporter.class)
                    .importDataset(dataset, arguments.option("territory"), "import " + folder.getFileName());
            List<String> territories = report.territoriesCreated();
            out.printf("Import terminé en %d ms : %d candidats, %d contrats, %d postes ; %d territoire(s) créé(s)%s ; %d acheteur(s) créé(s)%n",
                    report.millis(), report.candidates(), report.contracts(), report.slots(), territories.size(),
                    territories.isEmpty() || territories.size() > 12 ? "" : " " + territories, report.buyersCreated().size());
            return 0;
        } catch (DatasetFormatException e) {
            return ErrorListing.print(e, err, "Import refusé, rien n'a été écrit");
        }
    }
}
