package org.rapporteur.pipeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code rapporteur}: the command line. Exit codes: 0 all converted, 1 some files failed, 2 a usage or
 * environment error (one line says which), 3 another run holds the output directory, 4 an internal error.
 */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, version = ConvertCommand.VERSION,
        description = "Converts United Nations resolutions (PDF or text) to Markdown, DOCX and Akoma Ntoso.",
        subcommands = {ConvertCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this rather than {@link #main}. */
    public static int run(String... args) {
        return run(ConvertCommand.Io.system(), args);
    }

    /** As {@link #run(String...)}, reading and writing {@code io}'s streams. */
    static int run(ConvertCommand.Io io, String... args) {
        useCacheDirectory(System.getenv());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ConvertCommand.class ? cls.cast(new ConvertCommand(io)) : CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setErr(new java.io.PrintWriter(io.err(), true));
        return cli.execute(args);
    }

    /**
     * PDFBox keeps a cache of the system's fonts, by default as {@code $HOME/.pdfbox.cache}; ours goes in
     * {@link #cacheDirectory} instead, where a user looks for caches (unless {@code pdfbox.fontcache} is set).
     */
    static void useCacheDirectory(Map<String, String> env) {
        if (System.getProperty(FONT_CACHE) != null) {
            return;
        }
        Path dir = cacheDirectory(env);
        try {
            Files.createDirectories(dir);
            System.setProperty(FONT_CACHE, dir.toString());
        } catch (IOException | SecurityException e) {
            // (PDFBox then keeps its cache where it would have: no reason to stop a conversion)
        }
    }

    static final String FONT_CACHE = "pdfbox.fontcache";

    /** {@code $RAPPORTEUR_CACHE}, else {@code $XDG_CACHE_HOME/rapporteur}, else {@code ~/.cache/rapporteur}. */
    static Path cacheDirectory(Map<String, String> env) {
        String own = env.get("RAPPORTEUR_CACHE");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("rapporteur");
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
