package org.relieftrace.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a service's time goes under load, from a Java Flight Recorder file of that service: every CPU sample and
 * every read from a socket (a database round trip or an HTTP call waiting for its answer) is put in the phase of a
 * command it belongs to — token check, access check, idempotency claim, aggregate load, rule checks, event append,
 * hash chain, projection, commit, HTTP — by the innermost frame on its stack that begins a phase, printed as a
 * Markdown table. Run as {@code java -cp bench/target/bench.jar org.relieftrace.bench.JfrBreakdown FILE.jfr
 * [COMMANDS]}; with the number of commands handled while recording it also gives socket reads per command.
 */
public final class JfrBreakdown {

    /** A phase and the frames (class name, optionally {@code #method}, as prefixes) that place a sample in it. */
    private record Phase(String name, List<String> frames) {

        boolean matches(RecordedFrame frame) {
            if (!frame.isJavaFrame() || frame.getMethod() == null) {
                return false;
            }
            String type = frame.getMethod().getType().getName();
            String method = type + "#" + frame.getMethod().getName();
            return frames.stream().anyMatch(f -> f.contains("#") ? method.startsWith(f) : type.startsWith(f));
        }
    }

    /**
     * The frames that begin each phase. A sample belongs to the phase of the innermost such frame on its stack (the
     * one nearest to where it was taken), so work a phase calls into — the JDBC driver, Jackson, the aggregate's own
     * methods — counts for that phase, and an outer wrapper (a security or idempotency interceptor) keeps only what it
     * does itself.
     */
    private static final List<Phase> PHASES = List.of(
            new Phase("hash chain (SHA-256 of each event)", List.of("org.relieftrace.platform.metadata.HashChain")),
            new Phase("event append (INSERT into the event store)",
                    List.of("org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine#appendEvents",
                            "org.axonframework.eventsourcing.eventstore.AbstractEventStore#prepareCommit")),
            new Phase("aggregate load (read its events or snapshot)",
                    List.of("org.axonframework.eventsourcing.EventSourcingRepository",
                            "org.axonframework.eventsourcing.eventstore.AbstractEventStore#readEvents",
                            "org.axonframework.modelling.command.LockingRepository#load",
                            "org.axonframework.modelling.command.inspection.AnnotatedAggregate#initializeState",
                            "org.axonframework.eventsourcing.EventSourcedAggregate#initializeState")),
            new Phase("rule checks (the aggregate's command handler)",
                    List.of("org.axonframework.modelling.command.inspection.AnnotatedAggregate#handle")),
            new Phase("idempotency claim", List.of("org.relieftrace.platform.command.IdempotencyInterceptor")),
            new Phase("projection (event handlers)", List.of("org.axonframework.eventhandling.pooled",
                    "org.axonframework.eventhandling.AbstractEventProcessor",
                    "org.axonframework.eventhandling.SimpleEventHandlerInvoker",
                    "org.axonframework.eventhandling.AnnotationEventHandlerAdapter")),
            new Phase("token check (OIDC, JWT signature)", List.of("io.quarkus.oidc", "org.jose4j",
                    "io.smallrye.jwt")),
            new Phase("access check (division, depot)", List.of("org.relieftrace.platform.security.Division")),
            new Phase("commit (unit of work, transaction)",
                    List.of("org.postgresql.jdbc.PgConnection#commit",
                            "io.agroal.pool.wrapper.ConnectionWrapper#commit",
                            "org.axonframework.messaging.unitofwork.AbstractUnitOfWork#commit",
                            "io.quarkus.narayana", "com.arjuna")),
            new Phase("command dispatch (Axon bus, interceptors)", List.of("org.axonframework.commandhandling")),
            new Phase("resource (request body, validation, answer)",
                    List.of("org.jboss.resteasy.reactive.server.handlers", "org.hibernate.validator")),
            new Phase("HTTP server (Vert.x, Netty, REST)", List.of("io.vertx", "io.netty", "org.jboss.resteasy",
                    "io.quarkus.vertx")));

    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrBreakdown FILE.jfr [COMMANDS]");
            System.exit(2);
        }
        long commands = args.length > 1 ? Long.parseLong(args[1]) : 0;
        Map<String, long[]> cpu = new LinkedHashMap<>();
        Map<String, long[]> reads = new LinkedHashMap<>();
        PHASES.forEach(p -> {
            cpu.put(p.name(), new long[1]);
            reads.put(p.name(), new long[2]);
        });
        cpu.put("other", new long[1]);
        reads.put("other", new long[2]);
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample")) {
                cpu.get(phaseOf(event))[0]++;
            } else if (type.equals("jdk.SocketRead")) {
                long[] tally = reads.get(phaseOf(event));
                tally[0]++;
                tally[1] += event.getDuration().toNanos();
            }
        }
        System.out.print(table(cpu, reads, commands));
    }

    private static String phaseOf(RecordedEvent event) {
        if (event.getStackTrace() == null) {
            return "other";
        }
        for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            for (Phase phase : PHASES) {
                if (phase.matches(frame)) {
                    return phase.name();
                }
            }
        }
        return "other";
    }

    private static String table(Map<String, long[]> cpu, Map<String, long[]> reads, long commands) {
        long samples = cpu.values().stream().mapToLong(t -> t[0]).sum();
        StringBuilder out = new StringBuilder("| phase | CPU samples | share of CPU | socket reads | wait in reads");
        out.append(commands > 0 ? " | reads per command |\n|---|---|---|---|---|---|\n"
                : " |\n|---|---|---|---|---|\n");
        for (String phase : cpu.keySet()) {
            long[] read = reads.get(phase);
            out.append("| ").append(phase).append(" | ").append(cpu.get(phase)[0]).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f %%",
                            samples == 0 ? 0.0 : 100.0 * cpu.get(phase)[0] / samples))
                    .append(" | ").append(read[0]).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f s", read[1] / 1e9));
            if (commands > 0) {
                out.append(" | ").append(String.format(Locale.ROOT, "%.2f", (double) read[0] / commands));
            }
            out.append(" |\n");
        }
        return out.toString();
    }
}
