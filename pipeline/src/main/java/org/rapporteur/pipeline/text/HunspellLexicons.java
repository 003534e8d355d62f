package org.rapporteur.pipeline.text;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The system's Hunspell dictionaries (the ones LibreOffice and Firefox spell-check with: Debian's
 * {@code hunspell-en-gb}, {@code hunspell-fr}, …), read by Lucene's pure-Java Hunspell. A language names
 * the dictionaries it can use in its data file ({@code words.dictionaries}); the first found in the
 * search path serves it. The search path: {@code $RAPPORTEUR_DICTIONARIES} (or the system property
 * {@code rapporteur.dictionaries}), directories separated as in {@code PATH}, then the places Linux
 * distributions install them. A dictionary is read once per process, on the first word asked of it (a
 * document that breaks no word at a line end never loads one), and then shared by every thread.
 */
public final class HunspellLexicons {
    /** Where distributions install Hunspell dictionaries, searched after the configured directories. */
    private static final List<Path> SYSTEM = List.of(Path.of("/usr/share/hunspell"), Path.of("/usr/share/myspell/dicts"),
            Path.of("/usr/share/myspell"), Path.of("/usr/local/share/hunspell"));
    private static final Map<List<String>, Lexicon> LOADED = new ConcurrentHashMap<>();

    private HunspellLexicons() {
    }

    /**
     * The lexicon of the first of {@code names} ({@code en_GB}, {@code en_US}) found in the search path, or
     * {@link Lexicon#NONE} where none is.
     */
    public static Lexicon of(List<String> names) {
        if (names.isEmpty()) {
            return Lexicon.NONE;
        }
        return LOADED.computeIfAbsent(List.copyOf(names), n -> find(n, searchPath()).<Lexicon>map(Loading::new).orElse(Lexicon.NONE));
    }

    /** The directories searched, in order. */
    static List<Path> searchPath() {
        List<Path> dirs = new ArrayList<>();
        String configured = Optional.ofNullable(System.getProperty("rapporteur.dictionaries"))
                .orElse(System.getenv("RAPPORTEUR_DICTIONARIES"));
        if (configured != null) {
            for (String d : configured.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        dirs.addAll(SYSTEM);
        return dirs;
    }

    /** The first of {@code names} with both its files ({@code .aff}, {@code .dic}) in one of {@code dirs}. */
    static Optional<Path> find(List<String> names, List<Path> dirs) {
        for (String name : names) {
            for (Path dir : dirs) {
                Path aff = dir.resolve(name + ".aff");
                if (Files.isReadable(aff) && Files.isReadable(dir.resolve(name + ".dic"))) {
                    return Optional.of(dir.resolve(name));
                }
            }
        }
        return Optional.empty();
    }

    /** A dictionary file pair ({@code base.aff}, {@code base.dic}) read now. */
    static Lexicon read(Path base) throws IOException {
        Path aff = base.resolveSibling(base.getFileName() + ".aff");
        Path dic = base.resolveSibling(base.getFileName() + ".dic");
        Dictionary dictionary;
        try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic)) {
            dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
        } catch (ParseException e) {
            throw new IOException(aff + ": " + e.getMessage(), e);
        }
        return new Loaded(base.getFileName().toString(), dictionary);
    }

    /**
     * A dictionary read from its files once, shared: Lucene's {@code Dictionary} is immutable once built;
     * its {@code Hunspell} checker keeps working state, so each thread has its own. Answers are kept, up to
     * {@link #KEPT} words: a batch asks about the same words document after document, and a Hunspell
     * lookup (affixes, compounds) costs far more than a map's.
     */
    private record Loaded(String name, Dictionary dictionary, ThreadLocal<Hunspell> checkers,
                          java.util.concurrent.ConcurrentHashMap<String, Boolean> answers) implements Lexicon {
        private static final int KEPT = 200_000;

        Loaded(String name, Dictionary dictionary) {
            this(name, dictionary, ThreadLocal.withInitial(() -> new Hunspell(dictionary)),
                    new java.util.concurrent.ConcurrentHashMap<>());
        }

        @Override
        public boolean knows(String word) {
            Boolean known = answers.get(word);
            if (known == null) {
                known = checkers.get().spell(word);
                if (answers.size() < KEPT) {
                    answers.put(word, known);
                }
            }
            return known;
        }

        @Override
        public boolean present() {
            return true;
        }
    }

    /** A dictionary found in the search path and read when first asked; one that fails to read knows nothing. */
    private static final class Loading implements Lexicon {
        private final Path base;
        private volatile Lexicon loaded;

        Loading(Path base) {
            this.base = base;
        }

        private Lexicon loaded() {
            Lexicon l = loaded;
            if (l == null) {
                synchronized (this) {
                    l = loaded;
                    if (l == null) {
                        try {
                            l = read(base);
                        } catch (IOException | RuntimeException e) {
                            // a damaged dictionary must not fail documents: their hyphens are then decided
                            // as where there is none, and the report says why
                            l = new Lexicon.Absent(base + " could not be read: " + e.getMessage());
                        }
                        loaded = l;
                    }
                }
            }
            return l;
        }

        @Override
        public boolean knows(String word) {
            return loaded().knows(word);
        }

        @Override
        public boolean present() {
            return loaded().present();
        }

        @Override
        public String name() {
            return loaded == null || loaded.present() ? base.getFileName().toString() : loaded.name();
        }
    }
}
