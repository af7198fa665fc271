package io.qualify.extract;

import io.qualify.document.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a field's value from the candidates that several readings of the same page produced: equal
 * values pool their weight, so a value read the same way twice beats a one-off misreading. The
 * winner keeps the best confidence any reading gave it.
 */
final class Votes {

    private Votes() {
    }

    static Optional<Field> best(List<Candidate> candidates) {
        Map<String, Double> weight = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            weight.merge(c.field().value(), c.weight() * c.field().confidence(), Double::sum);
            confidence.merge(c.field().value(), c.field().confidence(), Math::max);
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> new Field(e.getKey(), confidence.get(e.getKey())));
    }

    /** One reading's value for a field, weighted by how it was found (after its label counts more). */
    record Candidate(Field field, double weight) {
    }
}
