package io.qualify.extract;

import io.qualify.document.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a field's value from the candidates that several readings of the same page produced: equal
 * values pool their weight, so a value read the same way twice beats a one-off misreading. The
 * winner is the surest reading of that value (its confidence and its characters').
 */
final class Votes {

    private Votes() {
    }

    static Optional<Field> best(List<Candidate> candidates) {
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Field> surest = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            weight.merge(c.field().value(), c.weight() * c.field().confidence(), Double::sum);
            surest.merge(c.field().value(), c.field(), (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> surest.get(e.getKey()));
    }

    /** One reading's value for a field, weighted by how it was found (after its label counts more). */
    record Candidate(Field field, double weight) {
    }
}
