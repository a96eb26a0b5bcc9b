package org.relieftrace.relief.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Runs the chunks of a batch's issuing or of a reconciliation a few at a time, each with the request's context (the
 * caller, the request id), and rethrows the first failure.
 */
@ApplicationScoped
public class InParallel {

    /** Chunks run at the same time. */
    static final int WORKERS = 4;

    @Inject
    ManagedExecutor executor;

    /** Runs the tasks, {@value #WORKERS} at a time (this thread one of them). */
    public void run(List<Runnable> tasks) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int t = next.getAndIncrement(); t < tasks.size(); t = next.getAndIncrement()) {
                tasks.get(t).run();
            }
        };
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 1; w < Math.min(WORKERS, tasks.size()); w++) {
            workers.add(executor.runAsync(worker));
        }
        worker.run();
        try {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
