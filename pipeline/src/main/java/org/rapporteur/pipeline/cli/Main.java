package org.rapporteur.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rapporteur}: the command line. Exit codes: 0 all converted, 1 some failed, 2 usage error. */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, version = ConvertCommand.VERSION,
        description = "Converts United Nations resolutions (PDF or text) to Markdown, DOCX and Akoma Ntoso.",
        subcommands = {ConvertCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this rather than {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
