package org.rapporteur.pipeline.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when a person is watching it (a terminal); nothing for schedulers, logs and pipes. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(int files, boolean interactive, java.io.PrintStream err) {
        if (!interactive) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName("converting").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build());
    }

    boolean interactive() {
        return bar != null;
    }

    synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
