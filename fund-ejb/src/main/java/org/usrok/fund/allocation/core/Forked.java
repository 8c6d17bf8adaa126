package org.usrok.fund.allocation.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Work that may run on another core (the common fork-join pool) while the caller goes on. The
 * parts given to it write disjoint parts of the outcome, so the result is the same whichever
 * thread runs them, and in whatever order. {@link #join} gives its result or rethrows what it
 * threw, as thrown. Without {@code parallel} the work runs in the caller, at {@link #join}.
 */
final class Forked<T> {

    private final Supplier<T> work;
    private final ForkJoinTask<?> task;
    private T result;
    private RuntimeException failure;

    private Forked(boolean parallel, Supplier<T> work) {
        this.work = work;
        this.task = parallel ? ForkJoinPool.commonPool().submit(this::run) : null;
    }

    static <T> Forked<T> of(boolean parallel, Supplier<T> work) {
        return new Forked<>(parallel, work);
    }

    private void run() {
        try {
            result = work.get();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Waits for the work (or does it, when it has not started) and gives its result; call once. */
    T join() {
        if (task == null) {
            return work.get();
        }
        task.join();
        if (failure != null) {
            throw failure;
        }
        return result;
    }
}
