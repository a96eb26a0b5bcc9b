import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The code figures of a checkout, measured the same way every time: main Java files over 300 and over 200 lines,
 * and the cycles between packages (strongly connected components of more than one package in each module's package
 * dependency graph, read by jdeps from the module's compiled main classes). Run through {@code code-figures}.
 */
public class CodeFigures {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Path> modules;
        try (Stream<Path> children = Files.list(root)) {
            modules = children.filter(m -> Files.isDirectory(m.resolve("src/main/java"))
                    || Files.isDirectory(m.resolve("target/classes"))).sorted().toList();
        }
        Map<Path, Long> lines = new TreeMap<>();
        for (Path module : modules) {
            for (Path file : files(module.resolve("src/main/java"), ".java")) {
                lines.put(root.relativize(file), lineCount(file));
            }
        }
        System.out.println("main Java files: " + lines.size());
        System.out.println("main Java files over 300 lines: " + count(lines, 300));
        lines.entrySet().stream().filter(e -> e.getValue() > 300)
                .sorted(Map.Entry.<Path, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %5d %s%n", e.getValue(), e.getKey()));
        System.out.println("main Java files over 200 lines: " + count(lines, 200));
        List<String> cycles = new ArrayList<>();
        for (Path module : modules) {
            Path classes = module.resolve("target/classes");
            if (Files.isDirectory(classes)) {
                for (Set<String> component : cycles(packageGraph(classes))) {
                    cycles.add(module.getFileName() + ": " + String.join(" <-> ", component));
                }
            } else {
                System.out.println("(not built, no package figures: " + module.getFileName() + ")");
            }
        }
        System.out.println("package cycles (strongly connected components of >1 package): " + cycles.size());
        cycles.forEach(c -> System.out.println("  " + c));
    }

    private static long count(Map<Path, Long> lines, int over) {
        return lines.values().stream().filter(n -> n > over).count();
    }

    /** The module's own packages and the dependencies between them, as jdeps reads them from the bytecode. */
    private static Map<String, Set<String>> packageGraph(Path classes) {
        Set<String> own = new TreeSet<>();
        for (Path file : files(classes, ".class")) {
            Path dir = classes.relativize(file).getParent();
            own.add(dir == null ? "" : dir.toString().replace(file.getFileSystem().getSeparator(), "."));
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException(
                "jdeps not found: run with a JDK"));
        StringWriter out = new StringWriter();
        jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:package", "-filter:none",
                classes.toString());
        Map<String, Set<String>> graph = new TreeMap<>();
        own.forEach(p -> graph.put(p, new TreeSet<>()));
        for (String line : out.toString().split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && parts[1].equals("->") && own.contains(parts[0]) && own.contains(parts[2])
                    && !parts[0].equals(parts[2])) {
                graph.get(parts[0]).add(parts[2]);
            }
        }
        return graph;
    }

    /** Tarjan's strongly connected components of more than one node, each sorted. */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Tarjan tarjan = new Tarjan(graph);
        graph.keySet().forEach(tarjan::visit);
        return tarjan.components.stream().filter(c -> c.size() > 1).toList();
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<Set<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        void visit(String node) {
            if (index.containsKey(node)) {
                return;
            }
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            for (String next : graph.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                Set<String> component = new TreeSet<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component);
            }
        }
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
