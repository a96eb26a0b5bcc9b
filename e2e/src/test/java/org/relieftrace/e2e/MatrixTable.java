package org.relieftrace.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expected authorization of every operation, read from {@code authorization-matrix.tsv}: one line per
 * operationId with the roles that may call it and where. Columns, separated by {@code |}:
 * <ol>
 * <li>{@code operationId} as in the service's OpenAPI document;</li>
 * <li>the roles that may call it, space-separated; {@code role:rule} gives that role its own scope rule;</li>
 * <li>the scope rule: {@code any} (the roles alone decide; a list answers the caller's own division),
 * {@code own-and-below} (the record or division acted on lies in the caller's division or below it),
 * {@code keeper} (own-and-below, and a depot keeper only for a depot they keep), {@code below} (strictly below
 * the caller's division: a tier above decides), {@code lineage} (own-and-below, or the record lies above the
 * caller: a disaster of a township touches its villages), {@code township-or-county} and {@code county}
 * (own-and-below, by a caller of that level);</li>
 * <li>where the record acted on lies, when it is not the record of a path parameter: {@code county},
 * {@code township} (the default) or {@code village};</li>
 * <li>optionally a JSON body to send instead of the one made from the schema; {@code ${name}} is replaced by the
 * fixture or division of that name.</li>
 * </ol>
 * An {@code admin} may act everywhere their role is listed.
 */
final class MatrixTable {

    static final String RESOURCE = "/authorization-matrix.tsv";

    /** One line of the table. */
    record Expectation(String operationId, Map<String, String> roles, String scope, String target, String body) {

        /** The rule {@code role} is held to, or null when the role may not call the operation at all. */
        String ruleFor(String role) {
            if (!roles.containsKey(role)) {
                return null;
            }
            String own = roles.get(role);
            return own.isEmpty() ? scope : own;
        }
    }

    /** A caller of the matrix: a demo user of one role in one division, keeping some depots. */
    record Caller(String username, String role, String division, Set<String> depots) {
    }

    private MatrixTable() {
    }

    static Map<String, Expectation> read() {
        Map<String, Expectation> table = new LinkedHashMap<>();
        try (InputStream in = MatrixTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", 5);
                if (cells.length < 3) {
                    throw new IllegalStateException("a line of " + RESOURCE + " needs 3 cells at least: " + line);
                }
                Map<String, String> roles = new LinkedHashMap<>();
                for (String role : cells[1].strip().split("\\s+")) {
                    if (!role.isEmpty() && !role.equals("-")) {
                        int colon = role.indexOf(':');
                        roles.put(colon < 0 ? role : role.substring(0, colon),
                                colon < 0 ? "" : role.substring(colon + 1));
                    }
                }
                String id = cells[0].strip();
                String target = cells.length > 3 && !cells[3].isBlank() ? cells[3].strip() : "";
                String body = cells.length > 4 && !cells[4].isBlank() ? cells[4].strip() : null;
                if (table.put(id, new Expectation(id, roles, cells[2].strip(), target, body)) != null) {
                    throw new IllegalStateException(id + " has two lines in " + RESOURCE);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return table;
    }

    /**
     * Whether {@code caller} may call the operation on a record in {@code division} (kept, for a depot, as
     * {@code depot}).
     */
    static boolean allowed(Expectation expectation, Caller caller, String division, String depot) {
        String rule = expectation.ruleFor(caller.role());
        if (rule == null) {
            return false;
        }
        if (caller.role().equals("admin")) {
            return true;
        }
        return switch (rule) {
            case "any" -> true;
            case "own-and-below" -> contains(caller.division(), division);
            case "keeper" -> contains(caller.division(), division)
                    && (!caller.role().equals("depot-keeper") || caller.depots().contains(depot));
            case "lineage" -> contains(caller.division(), division) || contains(division, caller.division());
            case "below" -> contains(caller.division(), division) && !caller.division().equals(division);
            case "township-or-county" -> contains(caller.division(), division) && !isVillage(caller.division());
            case "county" -> contains(caller.division(), division) && caller.division().endsWith("000000");
            case "never" -> false;
            default -> throw new IllegalStateException(expectation.operationId() + ": unknown scope rule " + rule);
        };
    }

    /** How the caller's division stands to the target's: own, lower (target below), upper, sibling, other-county. */
    static String scope(Caller caller, String division) {
        if (caller.role().equals("admin")) {
            return "everywhere";
        }
        if (caller.division().equals(division)) {
            return "own";
        }
        if (contains(caller.division(), division)) {
            return "lower";
        }
        if (contains(division, caller.division())) {
            return "upper";
        }
        return caller.division().substring(0, 6).equals(division.substring(0, 6)) ? "sibling" : "other-county";
    }

    /** {@code target} is {@code scope} or lies below it (a county by its first 6 digits, a township by 9). */
    static boolean contains(String scope, String target) {
        String prefix = scope.endsWith("000000") ? scope.substring(0, 6)
                : scope.endsWith("000") ? scope.substring(0, 9) : scope;
        return target.startsWith(prefix);
    }

    private static boolean isVillage(String division) {
        return !division.endsWith("000");
    }

    static final List<String> ROLES = List.of("depot-keeper", "supplies-officer", "civil-affairs", "finance",
            "auditor", "admin");
}
