package io.qualify.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qualify.synth.Mix;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCommandTest {

    @Test
    void family_defaults_to_all_and_reads_licence_or_id() {
        EvalCommand all = new EvalCommand();
        new CommandLine(all).parseArgs();
        assertThat(all.family).isEqualTo(Mix.Family.ALL);
        EvalCommand id = new EvalCommand();
        new CommandLine(id).parseArgs("--family", "id", "--count", "5");
        assertThat(id.family).isEqualTo(Mix.Family.ID);
        EvalCommand licence = new EvalCommand();
        new CommandLine(licence).parseArgs("--family=licence");
        assertThat(licence.family).isEqualTo(Mix.Family.LICENCE);
    }

    @Test
    void an_unknown_family_is_a_usage_error() {
        assertThatThrownBy(() -> new CommandLine(new EvalCommand()).parseArgs("--family", "cards"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("licence, id, letters or all");
    }
}
