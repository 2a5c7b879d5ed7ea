package fr.clausematch.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code java -jar clausematch.jar COMMAND ARGS}. A command starts no web server; those that
 * need the database start Spring without the web layer.
 */
public final class CommandLineDispatcher {

    private final List<Command> commands;

    public CommandLineDispatcher(List<Command> commands) {
        this.commands = commands;
    }

    /** Every command; those that use the database start {@code application} without its web layer. */
    public static CommandLineDispatcher standard(Class<?> application) {
        return new CommandLineDispatcher(List.of(
                new ImportCommand(application),
                new ExportCommand(application),
                new PurgeCommand(application),
                new BatchCommand(application),
                new WorkerCommand(application),
                new GenerateCommand(),
                new SolveCommand(),
                new BenchmarkCommand(),
                new LeversCommand(),
                new RecommendCommand(),
                new TargetCostCommand()));
    }

    /** True when the first argument names a command rather than a Spring option such as {@code --server.port=9090}. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public Optional<Command> find(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        if (name.equals("help")) {
            out.print(usage());
            return 0;
        }
        Optional<Command> command = find(name);
        if (command.isEmpty()) {
            err.println("Commande inconnue : " + name);
            err.print(usage());
            return Command.USAGE_ERROR;
        }
        try {
            return command.get().run(List.copyOf(Arrays.asList(args).subList(1, args.length)), out, err);
        } catch (UsageException e) {
            err.println("Erreur : " + e.getMessage());
            err.println("Usage : " + command.get().usage());
            return Command.USAGE_ERROR;
        } catch (Exception e) {
            err.println("Échec de " + name + " : " + e.getMessage());
            return 1;
        }
    }

    public String usage() {
        StringBuilder usage = new StringBuilder("Usage :\n  java -jar clausematch.jar            (application web)\n");
        commands.forEach(command -> usage.append("  java -jar clausematch.jar ").append(command.usage()).append('\n'));
        usage.append("  java -jar clausematch.jar help\n");
        return usage.toString();
    }
}
