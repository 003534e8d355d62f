package org.rapporteur.distributed;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the conversion on the runner named by {@code --runner} (DirectRunner by default). Exit codes as
 * the local command: 0 every file converted, 1 some failed (see {@code dead-letter.jsonl}), 2 the job
 * could not run.
 */
public final class DistributedMain {
    private static final Logger LOG = LoggerFactory.getLogger(DistributedMain.class);

    private DistributedMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        ConvertOptions options;
        JobConfig config;
        try {
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ConvertOptions.class);
            config = JobConfig.of(options);
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            return 2;
        }
        Pipeline p = Pipeline.create(options);
        ConversionJob.build(p, options.getInput(), config);
        long start = System.nanoTime();
        PipelineResult result = p.run();
        PipelineResult.State state = result.waitUntilFinish();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (state != PipelineResult.State.DONE) {
            LOG.error("the job ended {}", state);
            return 2;
        }
        long converted = counter(result, "converted");
        long failed = counter(result, "failed");
        LOG.info("{} files: {} converted, {} failed in {} s ({} files/s); report: {}report.json, dead letters: {}{}",
                converted + failed, converted, failed, String.format("%.1f", seconds),
                String.format("%.1f", (converted + failed) / seconds), config.output(), config.output(),
                WriteReportFn.DEAD_LETTER_FILE);
        return failed == 0 ? 0 : 1;
    }

    private static long counter(PipelineResult result, String name) {
        long sum = 0;
        for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(ConvertFn.class, name)).build()).getCounters()) {
            sum += committedOrAttempted(c);
        }
        return sum;
    }

    /** Some runners only report attempted values; committed is the exact one where there is one. */
    private static long committedOrAttempted(MetricResult<Long> c) {
        try {
            return c.getCommitted();
        } catch (UnsupportedOperationException e) {
            return c.getAttempted();
        }
    }
}
