package io.qualify.app;

import io.qualify.config.ConfigException;
import io.qualify.ocr.OcrUnavailableException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line: {@code java -jar target/qualify.jar review|run|eval|bench …} (SPEC.md §3). */
@Command(name = "qualify", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reviews enterprise qualification submissions (企业资质审核).")
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 usage error. */
    public static int run(String... args) {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new ReviewCommand(stdout))
                .addSubcommand(new io.qualify.app.RunCommand())
                .addSubcommand(new io.qualify.app.EvalCommand())
                .addSubcommand(new io.qualify.app.BenchCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof ConfigException || e instanceof OcrUnavailableException) {
                line.getErr().println("qualify: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {io.qualify.app.Qualify.version()};
        }
    }
}
