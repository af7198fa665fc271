package io.qualify.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eval --count N --seed S}: renders a fresh synthetic set, reviews it and prints accuracy. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate on a freshly rendered synthetic set.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "200")
    int count;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("eval arrives with the synthetic renderer");
    }
}
