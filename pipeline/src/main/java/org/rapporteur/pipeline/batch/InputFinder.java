package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rapporteur.format.Readers;

/**
 * Expands the command line's inputs into files: a directory is walked recursively (links to directories
 * not followed, so a link loop cannot trap the walk; hidden files skipped; the output directory, where it
 * lies inside the input, left out, so a second run does not read the first one's outputs; an input inside
 * the output directory is read whole, its outputs landing beside it in the output tree), a file is itself.
 * A directory the walk cannot read, and a link to a file outside the input (unless links may be followed),
 * come back as that path's error: one bad corner never stops the batch, and a planted link never makes the
 * batch read, and publish, a file from elsewhere.
 */
public final class InputFinder {
    private InputFinder() {
    }

    /** The files, sorted within each input; inputs that do not exist are returned as they are. */
    public static List<InputFile> find(List<Path> inputs) throws IOException {
        return find(inputs, null, false);
    }

    /** As {@link #find(List)}, leaving out everything below {@code outDir} (null: nothing). */
    public static List<InputFile> find(List<Path> inputs, Path outDir) throws IOException {
        return find(inputs, outDir, false);
    }

    /** As {@link #find(List, Path)}; {@code followLinks}: a link to a file outside its input is read too. */
    public static List<InputFile> find(List<Path> inputs, Path outDir, boolean followLinks) throws IOException {
        return find(inputs, outDir, followLinks, Selection.DEFAULT);
    }

    /**
     * Which files met in a directory are converted. Files of a type no reader takes (a README, Thumbs.db)
     * are ignored, or failed when {@code strict}; of a PDF and a text file of one name in one directory
     * (x.pdf, x.txt: the same outputs), the {@code preferPdf} one is converted and the other ignored.
     * Files named on the command line are always converted (or fail).
     */
    public record Selection(boolean strict, boolean preferPdf) {
        public static final Selection DEFAULT = new Selection(false, true);
    }

    /** As {@link #find(List, Path, boolean)}, choosing among the files met as {@code selection} says. */
    public static List<InputFile> find(List<Path> inputs, Path outDir, boolean followLinks, Selection selection)
            throws IOException {
        Path out = outDir == null ? null : outDir.toAbsolutePath().normalize();
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(select(walk(input, out, followLinks), selection));
            } else {
                files.add(new InputFile(input, input.getFileName()));
            }
        }
        return files;
    }

    private static List<InputFile> select(List<InputFile> walked, Selection selection) {
        java.util.Map<String, List<InputFile>> byBase = new java.util.HashMap<>();
        for (InputFile f : walked) {
            if (f.problem() == null && Readers.forName(f.path().getFileName().toString()).isPresent()) {
                byBase.computeIfAbsent(InputFile.outputBase(f.relative().toString().replace('\\', '/')),
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : walked) {
            String name = f.path().getFileName().toString();
            if (f.problem() != null) {
                out.add(f);
            } else if (Readers.forName(name).isEmpty()) {
                String why = NOT_READ;
                out.add(selection.strict() ? InputFile.unusable(f.path(), f.relative(), why + "; --strict fails it")
                        : InputFile.ignored(f.path(), f.relative(), why));
            } else {
                List<InputFile> same = byBase.get(InputFile.outputBase(f.relative().toString().replace('\\', '/')));
                InputFile chosen = chosen(same, selection.preferPdf());
                out.add(chosen == null || chosen == f ? f : InputFile.ignored(f.path(), f.relative(),
                        convertedInstead(chosen.path().getFileName().toString(), selection.preferPdf())));
            }
        }
        return out;
    }

    /** Why a file met in a directory is not converted: no reader takes its type. Every batch, local or distributed, says so. */
    public static final String NOT_READ = "not a file this tool reads (.txt, .pdf)";

    /** Why the text (or PDF) of a same-named pair is not converted. */
    public static String convertedInstead(String chosen, boolean preferPdf) {
        return chosen + " is converted instead (--prefer " + (preferPdf ? "text" : "pdf") + " converts this one)";
    }

    /**
     * Of the file names with the same outputs, the index of the one to convert when they are one PDF and one
     * text (the PDF, or the text when it is preferred); -1 otherwise.
     */
    public static int preferredOfPair(List<String> names, boolean preferPdf) {
        if (names.size() != 2) {
            return -1;
        }
        boolean firstPdf = names.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        boolean secondPdf = names.get(1).toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        if (firstPdf == secondPdf) {
            return -1;
        }
        return firstPdf == preferPdf ? 0 : 1;
    }

    /** Of files with the same outputs, the one to convert when they are one PDF and one text; else null. */
    private static InputFile chosen(List<InputFile> same, boolean preferPdf) {
        if (same == null) {
            return null;
        }
        int k = preferredOfPair(same.stream().map(f -> f.path().getFileName().toString()).toList(), preferPdf);
        return k < 0 ? null : same.get(k);
    }

    private static List<InputFile> walk(Path input, Path out, boolean followLinks) throws IOException {
        Path root = input.toAbsolutePath().normalize();
        // (only an output tree inside this input holds outputs among its files)
        Path skip = out != null && out.startsWith(root) ? out : null;
        Walk walk = new Walk(input, input.toRealPath(), skip, followLinks);
        Files.walkFileTree(input, walk);
        walk.found.sort(Comparator.comparing(InputFile::path));
        return walk.found;
    }

    /** What the walk of one input directory takes, and what it reports as that path's error. */
    static final class Walk extends SimpleFileVisitor<Path> {
        private final Path input;
        private final Path realRoot;
        private final Path skip;
        private final boolean followLinks;
        final List<InputFile> found = new ArrayList<>();

        Walk(Path input, Path realRoot, Path skip, boolean followLinks) {
            this.input = input;
            this.realRoot = realRoot;
            this.skip = skip;
            this.followLinks = followLinks;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(input) && (taken(dir) == null || skipped(dir))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (taken(file) == null || skipped(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                if (!Files.isRegularFile(file)) {
                    return FileVisitResult.CONTINUE; // a link to a directory (not followed) or to nothing
                }
                Path target = file.toRealPath();
                if (!followLinks && !target.startsWith(realRoot)) {
                    found.add(InputFile.unusable(file, input.relativize(file),
                            "a symbolic link to " + target + ", outside the input (--follow-links reads it)"));
                    return FileVisitResult.CONTINUE;
                }
            } else if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
            }
            found.add(new InputFile(file, input.relativize(file)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (taken(file) != null) {
                found.add(InputFile.unusable(file, input.relativize(file), "cannot be read: "
                        + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString())));
            }
            return FileVisitResult.CONTINUE;
        }

        private boolean skipped(Path p) {
            return skip != null && p.toAbsolutePath().normalize().startsWith(skip);
        }

        /** The path relative to the input, '/'-separated, or null for a hidden one. */
        private String taken(Path p) {
            String relative = input.relativize(p).toString().replace('\\', '/');
            return InputFile.hidden(relative) ? null : relative;
        }
    }
}
