package fr.clausematch.cli;

import fr.clausematch.dataset.generator.DatasetGenerator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code generate --candidates N --contracts M --slots K --seed S --out DIR [--profile france|bfc|weekly]}:
 * writes a synthetic dataset, identical for an identical seed. {@code weekly}: the weekly-load profile (few people, many
 * long overlapping part-time slots), whose sizes that make rule 9 bind are one person for eight slots and one contract
 * for ten.
 */
public class GenerateCommand implements Command {

    private static final int MAX = 5_000_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --candidates N --contracts M --slots K --seed S --out DOSSIER [--profile france|bfc|weekly]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        CommandArguments arguments = CommandArguments
                .parse(args, Set.of("candidates", "contracts", "slots", "seed", "out", "profile"))
                .expectPositional(0);
        int candidates = arguments.requiredIntOption("candidates", 0, MAX);
        int contracts = arguments.requiredIntOption("contracts", 1, MAX);
        int slots = arguments.requiredIntOption("slots", 0, MAX);
        arguments.requiredOption("seed");
        long seed = arguments.longOption("seed", 0);
        Path folder = Path.of(arguments.requiredOption("out"));
        DatasetGenerator.Profile profile = switch (arguments.option("profile", "france")) {
            case "france" -> DatasetGenerator.Profile.france();
            case "bfc", "bourgogne-franche-comte" -> DatasetGenerator.Profile.bourgogneFrancheComte();
            case "weekly", "weekly-load" -> DatasetGenerator.Profile.weeklyLoad();
            default -> throw new UsageException("--profile attend france, bfc ou weekly : " + arguments.option("profile"));
        };
        long started = System.nanoTime();
        new DatasetGenerator(profile).generate(candidates, contracts, slots, seed, folder);
        out.printf("Jeu synthétique écrit dans %s en %d ms : %d candidats, %d contrats, %d postes (graine %d, profil %s)%n",
                folder, (System.nanoTime() - started) / 1_000_000, candidates, contracts, slots, seed, profile.name());
        return 0;
    }
}
