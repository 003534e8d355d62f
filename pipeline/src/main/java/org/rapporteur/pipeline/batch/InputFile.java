package org.rapporteur.pipeline.batch;

import java.nio.file.Path;

/** An input file and where it sits below the input it was found in ({@code sub/a.txt}). */
public record InputFile(Path path, Path relative) {
    /** The output path without its ending: the relative path with the file's last ending cut. */
    public Path outputBase(Path outDir) {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path parent = relative.getParent();
        return parent == null ? outDir.resolve(stem) : outDir.resolve(parent).resolve(stem);
    }
}
