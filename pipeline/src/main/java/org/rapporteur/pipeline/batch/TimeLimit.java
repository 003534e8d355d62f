package org.rapporteur.pipeline.batch;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.rapporteur.model.ConversionException;

/**
 * One file's time limit. The conversion runs on a thread of its own while the batch's worker waits for it;
 * when the time is up the worker interrupts it (it stops at its next {@link org.rapporteur.model.Checkpoint}),
 * fails the file and goes on with the next one. A conversion that ignored the interrupt would keep its
 * thread, never the worker: one file can neither hold a nightly batch nor its lock.
 */
public final class TimeLimit implements AutoCloseable {
    private final Duration limit;
    // Daemon threads: one that never stops does not keep the process alive once the batch is over.
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "rapporteur-conversion");
        t.setDaemon(true);
        return t;
    });

    /** {@code limit}: zero or negative for none. */
    public TimeLimit(Duration limit) {
        this.limit = limit;
    }

    /** What {@code task} returns, or a {@link ConversionException} saying the time ran out. */
    public <T> T call(Callable<T> task) throws Exception {
        if (limit.isZero() || limit.isNegative()) {
            return task.call();
        }
        Future<T> future = threads.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ConversionException("timed out after " + seconds(limit)
                    + " (--timeout changes the limit; the file may be pathological or very large)");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw (Error) e.getCause();
        }
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s >= 1 && d.toMillis() % 1000 == 0 ? s + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
