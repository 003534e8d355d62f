package org.rapporteur.distributed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine.CombineFn;

/**
 * Gathers every line into one sorted list, so a report comes out in the same order whatever the
 * runner's bundling; an empty input gives an empty list, so the report is written even then.
 * Report lines are a few hundred bytes per file: a million files fit one worker's memory.
 */
final class SortedLinesFn extends CombineFn<String, List<String>, List<String>> {
    @Override
    public List<String> createAccumulator() {
        return new ArrayList<>();
    }

    @Override
    public List<String> addInput(List<String> acc, String line) {
        acc.add(line);
        return acc;
    }

    @Override
    public List<String> mergeAccumulators(Iterable<List<String>> accs) {
        List<String> all = new ArrayList<>();
        accs.forEach(all::addAll);
        return all;
    }

    @Override
    public List<String> extractOutput(List<String> acc) {
        List<String> sorted = new ArrayList<>(acc);
        Collections.sort(sorted);
        return sorted;
    }

    @Override
    public Coder<List<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> input) {
        return ListCoder.of(StringUtf8Coder.of());
    }

    @Override
    public Coder<List<String>> getDefaultOutputCoder(CoderRegistry registry, Coder<String> input) {
        return ListCoder.of(StringUtf8Coder.of());
    }
}
