package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --prune}: the output tree made to hold what this run's inputs give, and nothing else. Outputs whose
 * input this run did not convert (it is gone, or it failed) are removed, with their manifest entries; an
 * output changed since it was written is left where it is and said so. It assumes the run was given all
 * the inputs of this output directory.
 */
public final class Pruner {
    private Pruner() {
    }

    /** What pruning did: outputs removed, and outputs kept because they changed since written (both relative). */
    public record Pruned(List<String> removed, List<String> keptChanged) {
    }

    public static Pruned prune(Path outDir, Manifest manifest, List<Outcome> outcomes) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Set<String> kept = new HashSet<>();
        Set<String> keptOutputs = new HashSet<>();
        for (Outcome o : outcomes) {
            if (o.converted()) {
                kept.add(BatchRunner.key(o.input(), out));
                keptOutputs.addAll(o.outputs().keySet());
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (kept.contains(e.input())) {
                continue;
            }
            for (var output : e.outputs().entrySet()) {
                Path p = out.resolve(output.getKey()).normalize();
                // (an output another input now writes, x.md of x.pdf where x.txt wrote it before, stays)
                if (keptOutputs.contains(output.getKey()) || !p.startsWith(out)
                        || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (Fingerprint.of(p).equals(output.getValue())) {
                    Files.delete(p);
                    removed.add(output.getKey());
                    removeEmptyParents(p.getParent(), out);
                } else {
                    changed.add(output.getKey());
                }
            }
            manifest.forget(e.input());
        }
        manifest.compact();
        removed.sort(null);
        changed.sort(null);
        return new Pruned(removed, changed);
    }

    private static void removeEmptyParents(Path dir, Path out) throws IOException {
        for (Path d = dir; d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
