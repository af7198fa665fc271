package io.qualify.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Submission;
import io.qualify.pipeline.Reviewer;
import io.qualify.verdict.Verdict;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.BindToRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** The readings' health check, found by Camel's health registry as the service binds it. */
class WedgedReadingsCheckTest extends CamelTestSupport {

    private static final int WORKERS = 2;

    private final AtomicInteger wedged = new AtomicInteger();

    private final Reviewer reviewer = new Reviewer() {
        @Override
        public Verdict review(Submission submission) {
            throw new UnsupportedOperationException("no reviews here");
        }

        @Override
        public int wedgedReadings() {
            return wedged.get();
        }
    };

    @BindToRegistry("wedgedReadingsCheck")
    private final WedgedReadingsCheck check = new WedgedReadingsCheck(reviewer, WORKERS);

    @Test
    void is_up_while_fewer_readings_are_wedged_than_there_are_workers() {
        wedged.set(WORKERS - 1);

        HealthCheck.Result result = readings();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("wedged", WORKERS - 1).containsEntry("workers", WORKERS);
    }

    @Test
    void is_down_once_a_reading_per_worker_is_wedged_and_up_again_when_they_return() {
        wedged.set(WORKERS);

        HealthCheck.Result down = readings();

        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("wedged", "restart"));
        wedged.set(0);
        assertThat(readings().getState()).isEqualTo(HealthCheck.State.UP);
    }

    private HealthCheck.Result readings() {
        return HealthCheckHelper.invoke(context).stream()
                .filter(r -> r.getCheck().getId().equals(WedgedReadingsCheck.ID))
                .findFirst().orElseThrow(() -> new AssertionError("the readings' check is not registered"));
    }
}
