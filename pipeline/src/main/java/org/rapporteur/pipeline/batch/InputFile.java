package org.rapporteur.pipeline.batch;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * An input file and where it sits below the input it was found in ({@code sub/a.txt}); {@code problem},
 * when not null, says why the walk could not take it (an unreadable directory, a link out of the input):
 * that path's error in the report, while the batch goes on. A file {@code ignored} is one the walk met and
 * does not convert, for the reason in {@code problem} (a README beside the resolutions, the text of a PDF
 * that is converted instead): counted in the report, no failure.
 */
public record InputFile(Path path, Path relative, String problem, boolean ignored) {
    private static final Pattern HIDDEN = Pattern.compile("(^|.*/)\\..*");

    public InputFile(Path path, Path relative) {
        this(path, relative, null, false);
    }

    /** A path the walk met and cannot convert, for the reason given. */
    public static InputFile unusable(Path path, Path relative, String problem) {
        return new InputFile(path, relative, problem, false);
    }

    /** A file the walk met and leaves alone, for the reason given. */
    public static InputFile ignored(Path path, Path relative, String reason) {
        return new InputFile(path, relative, reason, true);
    }

    /** The output path without its ending: the relative path with the file's last ending cut. */
    public Path outputBase(Path outDir) {
        return outDir.resolve(outputBase(relative.toString().replace('\\', '/')));
    }

    /**
     * The output path of a file at {@code relative} ("sub/a.txt", '/'-separated), without ending: "sub/a".
     * Every batch, local or distributed, names its outputs by this.
     */
    public static String outputBase(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    /** Whether a file at {@code relative} ('/'-separated) is hidden or inside a hidden directory: never an input. */
    public static boolean hidden(String relative) {
        return HIDDEN.matcher(relative).matches();
    }
}
