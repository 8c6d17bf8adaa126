package org.usrok.fund.it.cluster;

import org.usrok.fund.it.support.ApiClient.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Sends requests at the same moment, one thread each, and collects their replies in order. */
final class AtOnce {

    private AtOnce() {
    }

    @SafeVarargs
    static List<Reply> send(Supplier<Reply>... requests) {
        CountDownLatch ready = new CountDownLatch(requests.length);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Reply>> replies = new ArrayList<>();
        for (Supplier<Reply> request : requests) {
            replies.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return request.get();
            }, runnable -> new Thread(runnable).start()));
        }
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        go.countDown();
        return replies.stream().map(CompletableFuture::join).toList();
    }
}
