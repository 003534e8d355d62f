package org.rapporteur.distributed;

import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.rapporteur.pipeline.batch.InputFile;

/**
 * Keys each matched file by the output name it would get, so that files which would write the same
 * outputs ({@code a.txt} and {@code a.pdf}) meet in one place and only one of them writes. Hidden files
 * and the job's own outputs (an output directory inside the input tree) are skipped, as the local batch
 * skips them.
 */
final class KeyByOutputFn extends DoFn<ReadableFile, KV<String, ReadableFile>> {
    private final JobConfig config;

    KeyByOutputFn(JobConfig config) {
        this.config = config;
    }

    @ProcessElement
    public void process(@Element ReadableFile file, OutputReceiver<KV<String, ReadableFile>> out) {
        String name = file.getMetadata().resourceId().toString();
        String relative = config.relative(name);
        if (config.isOutput(name)) {
            return;
        }
        if (relative == null) {
            out.output(KV.of("outside:" + name, file));
        } else if (!InputFile.hidden(relative)) {
            out.output(KV.of("base:" + InputFile.outputBase(relative), file));
        }
    }
}
