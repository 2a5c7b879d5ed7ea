package fr.clausematch.architecture;

import fr.clausematch.ClausematchApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of the application (Spring Modulith): no cycle, each uses only what its package-info declares,
 * their documentation written into target/, and docs/architecture.md says what the declarations say.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ClausematchApplication.class);
    /** A row of the modules' table: | `name` | what it owns | `uses`, `uses :: part` | */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|[^|]*\\|([^|]*)\\|\\s*$", Pattern.MULTILINE);

    @Test
    void modulesHaveNoCycleAndUseOnlyWhatTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhatItMayUse() {
        for (var module : MODULES) {
            ApplicationModule declared = declaration(module.getBasePackage().getName());
            assertThat(declared).as(module.getIdentifier() + " has @ApplicationModule in its package-info").isNotNull();
            assertThat(declared.displayName()).as(module.getIdentifier() + "'s name").isNotBlank();
        }
    }

    @Test
    void documentationIsWrittenWithADiagramAndACanvasPerModule() throws IOException {
        Path folder = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        assertThat(folder.resolve("components.puml")).exists();
        for (var module : MODULES) {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        }
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Planification", "Cœur (appariement)");
    }

    @Test
    void architectureDocumentSaysWhatTheModulesDeclare() throws IOException {
        String text = Files.readString(Path.of("docs", "architecture.md"));
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = ROW.matcher(text);
        while (row.find()) {
            documented.put(row.group(1), Arrays.stream(row.group(2).split(","))
                    .map(cell -> cell.strip().replace("`", "")).filter(cell -> !cell.isEmpty() && !cell.equals("—"))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        for (var module : MODULES) {
            ApplicationModule annotation = declaration(module.getBasePackage().getName());
            declared.put(module.getIdentifier().toString(), annotation.type() == ApplicationModule.Type.OPEN ? Set.of()
                    : new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
        }
        assertThat(documented).isEqualTo(declared);
    }

    /**
     * The module diagram in docs/architecture.md (Mermaid, so that it shows where the document is read) is the
     * graph of the declarations: an arrow per allowed dependency, named interfaces folded into their module, the
     * open kernel {@code shared} left out (every module may use it). A failure prints the diagram to paste.
     */
    @Test
    void architectureDocumentHoldsTheDiagramOfTheDeclarations() throws IOException {
        StringBuilder diagram = new StringBuilder("flowchart BT\n");
        Set<String> arrows = new TreeSet<>();
        for (var module : MODULES) {
            ApplicationModule annotation = declaration(module.getBasePackage().getName());
            if (annotation.type() == ApplicationModule.Type.OPEN) {
                continue;
            }
            for (String used : annotation.allowedDependencies()) {
                String target = used.split("::")[0].strip();
                if (!target.equals("shared")) {
                    arrows.add("  " + module.getIdentifier() + " --> " + target);
                }
            }
        }
        arrows.forEach(arrow -> diagram.append(arrow).append('\n'));
        String text = Files.readString(Path.of("docs", "architecture.md"));
        Matcher block = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertThat(block.find()).as("docs/architecture.md holds a mermaid diagram").isTrue();
        assertThat(block.group(1)).as("the diagram of docs/architecture.md").isEqualTo(diagram.toString());
    }

    /** A row of the modules' table again: its module and the cell saying what it owns. */
    private static final Pattern OWNS = Pattern.compile("^\\| `([a-z]+)` \\|([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern TABLES = Pattern.compile("tables? ((?:`[a-z_]+`(?:, )?)+)");
    private static final Pattern WRITE = Pattern.compile("\\b(?:INSERT INTO|UPDATE|DELETE FROM|TRUNCATE)\\s+([a-z_]+)");

    private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_]+)");

    @Test
    void noModuleWritesATableOfAnother() throws IOException {
        assertThat(statementsOnTablesOfOthers(WRITE)).as("writes of a table by a module that does not own it").isEmpty();
    }

    /** Reads go through the owners' query APIs too: no SQL of a module names another module's table. */
    @Test
    void noModuleReadsATableOfAnotherBySql() throws IOException {
        assertThat(statementsOnTablesOfOthers(READ)).as("SQL reads of a table by a module that does not own it").isEmpty();
    }

    /** Statements matching {@code statement} (its group 1: the table) in main sources, on a table another module owns. */
    private static Set<String> statementsOnTablesOfOthers(Pattern statement) throws IOException {
        Map<String, String> owners = new TreeMap<>();
        Matcher row = OWNS.matcher(Files.readString(Path.of("docs", "architecture.md")));
        while (row.find()) {
            Matcher tables = TABLES.matcher(row.group(2));
            while (tables.find()) {
                for (String table : tables.group(1).split(", ")) {
                    owners.put(table.replace("`", ""), row.group(1));
                }
            }
        }
        assertThat(owners).containsEntry("assignment", "planning").containsEntry("candidate", "candidate")
                .containsEntry("app_user", "account").hasSizeGreaterThanOrEqualTo(19);

        Path sources = Path.of("src", "main", "java", "fr", "clausematch");
        Set<String> foreign = new TreeSet<>();
        Set<String> own = new TreeSet<>();
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class
                }
                String module = relative.getName(0).toString();
                Matcher found = statement.matcher(Files.readString(file));
                while (found.find()) {
                    String owner = owners.get(found.group(1));
                    if (owner != null) {
                        (owner.equals(module) ? own : foreign).add(relative + " on " + found.group(1));
                    }
                }
            }
        }
        assertThat(own).as("the check sees the statements").isNotEmpty();
        return foreign;
    }

    private static ApplicationModule declaration(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
