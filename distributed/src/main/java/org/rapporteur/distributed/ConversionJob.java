package org.rapporteur.distributed;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The Beam pipeline: match files, group them by output name, convert each with the local batch's
 * converter, write the outputs, then the report and the dead letters. One bad file is one dead letter;
 * it never fails the job.
 */
public final class ConversionJob {
    private ConversionJob() {
    }

    /** Adds the conversion of {@code config}'s files matching {@code pattern} to {@code p}. */
    public static void build(Pipeline p, String pattern, JobConfig config) {
        PCollectionTuple results = p
                .apply("Match", FileIO.match().filepattern(pattern).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
                // Bytes as they are: the local batch does not decompress either.
                .apply("Open", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
                .apply("KeyByOutput", ParDo.of(new KeyByOutputFn(config)))
                .apply("GroupByOutput", GroupByKey.create())
                .apply("Convert", ParDo.of(new ConvertFn(config))
                        .withOutputTags(ConvertFn.REPORT, TupleTagList.of(ConvertFn.DEAD_LETTER)));
        results.get(ConvertFn.REPORT)
                .apply("GatherReport", Combine.globally(new SortedLinesFn()))
                .apply("WriteReport", ParDo.of(WriteReportFn.report(config)));
        results.get(ConvertFn.DEAD_LETTER)
                .apply("GatherDeadLetters", Combine.globally(new SortedLinesFn()))
                .apply("WriteDeadLetters", ParDo.of(WriteReportFn.deadLetters(config)));
    }
}
