package se.kasus.content.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The decision graph of a case: every step reachable from the start, and no way round in a circle. */
final class CaseGraph {

    private final CaseDefinition definition;

    CaseGraph(CaseDefinition definition) {
        this.definition = definition;
    }

    void check(String file, List<ContentProblem> problems) {
        Set<String> reachable = reachableFromStart();
        for (int s = 0; s < definition.steps().size(); s++) {
            DecisionPoint point = definition.steps().get(s);
            if (!reachable.contains(point.id())) {
                problems.add(new ContentProblem(file, "steps[" + s + "]", "step-reachable",
                        point.id() + " cannot be reached from the start " + definition.start()));
            }
        }
        String cycleAt = findCycle();
        if (cycleAt != null) {
            problems.add(new ContentProblem(file, "steps", "no-cycle",
                    "the options lead round in a circle through " + cycleAt + ", so the case might never end"));
        }
    }

    private Set<String> reachableFromStart() {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (definition.step(definition.start()).isPresent()) {
            queue.add(definition.start());
        }
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (seen.add(id)) {
                definition.step(id).ifPresent(point -> point.options().stream()
                        .filter(o -> !o.endsCase() && definition.step(o.next()).isPresent())
                        .forEach(o -> queue.add(o.next())));
            }
        }
        return seen;
    }

    /** Depth-first search with three colours; returns a step on a cycle, or null. */
    private String findCycle() {
        Map<String, Integer> colour = new HashMap<>();
        for (DecisionPoint point : definition.steps()) {
            String found = visit(point.id(), colour);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String visit(String id, Map<String, Integer> colour) {
        int state = colour.getOrDefault(id, 0);
        if (state == 1) {
            return id;
        }
        if (state == 2) {
            return null;
        }
        colour.put(id, 1);
        var point = definition.step(id);
        if (point.isPresent()) {
            for (CaseOption option : point.get().options()) {
                if (!option.endsCase() && definition.step(option.next()).isPresent()) {
                    String found = visit(option.next(), colour);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        colour.put(id, 2);
        return null;
    }
}
