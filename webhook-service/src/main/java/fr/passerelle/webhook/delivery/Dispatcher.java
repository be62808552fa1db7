package fr.passerelle.webhook.delivery;

import fr.passerelle.platform.outbox.WakeUpSignal;
import fr.passerelle.webhook.config.WebhookConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Delivers what is due, in a background thread: claims deliveries up to the global cap (the claim
 * keeps each endpoint within its own), hands each to a sender thread, and claims again when one
 * ends, when an event is queued, or at the poll interval. A slow or dead endpoint holds only its
 * own share of senders, never the others'.
 */
@Singleton
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class);

  private final DeliveryQueue queue;
  private final WebhookSender sender;
  private final DeliveryMetrics metrics;
  private final Duration pollInterval;
  private final int globalConcurrency;
  private final Semaphore senders;
  private final WakeUpSignal signal = new WakeUpSignal();
  private final AtomicInteger threads = new AtomicInteger();
  private ExecutorService pool;
  private Thread worker;
  private volatile boolean running;

  Dispatcher(
      DeliveryQueue queue, WebhookSender sender, DeliveryMetrics metrics, WebhookConfig config) {
    this.queue = queue;
    this.sender = sender;
    this.metrics = metrics;
    this.pollInterval = config.pollInterval();
    this.globalConcurrency = config.globalConcurrency();
    this.senders = new Semaphore(globalConcurrency);
  }

  void start(@Observes StartupEvent startup) {
    running = true;
    pool =
        Executors.newFixedThreadPool(
            globalConcurrency,
            task -> {
              Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    worker = new Thread(this::run, "webhook-dispatcher");
    worker.setDaemon(true);
    worker.start();
  }

  /** Stops claiming, lets the attempts in flight end (their leases cover a stop that cuts them). */
  void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
    running = false;
    signal.raise();
    worker.join(pollInterval.plusSeconds(5).toMillis());
    pool.shutdown();
    pool.awaitTermination(15, TimeUnit.SECONDS);
  }

  /** Something was queued: look now rather than at the next poll. */
  public void wake() {
    signal.raise();
  }

  private void run() {
    while (running) {
      try {
        int free = senders.availablePermits();
        List<DeliveryQueue.Outgoing> claimed = free == 0 ? List.of() : queue.claim(free);
        for (DeliveryQueue.Outgoing outgoing : claimed) {
          senders.acquire();
          pool.execute(() -> deliver(outgoing));
        }
        if (claimed.isEmpty()) {
          signal.await(pollInterval);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warnf("Webhook dispatcher cannot claim deliveries, retrying: %s", e.toString());
        try {
          signal.await(pollInterval);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void deliver(DeliveryQueue.Outgoing outgoing) {
    try {
      AttemptResult result =
          sender.send(outgoing.url(), outgoing.eventId(), outgoing.body(), outgoing.secrets());
      record(outgoing.deliveryId(), result);
      metrics.attempted(result);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      senders.release();
      signal.raise();
    }
  }

  /**
   * Records an attempt, once more if the first try fails: a delivery sent and not recorded goes out
   * again when its lease ends.
   */
  private void record(UUID deliveryId, AttemptResult result) {
    for (int tries = 1; ; tries++) {
      try {
        queue.record(deliveryId, result);
        return;
      } catch (RuntimeException e) {
        if (tries == 2) {
          LOG.warnf(
              "Webhook delivery %s sent but not recorded, it will go out again: %s",
              deliveryId, e.toString());
          return;
        }
      }
    }
  }
}
