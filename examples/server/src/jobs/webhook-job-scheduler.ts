import type { ScheduledWebhookDelivery } from 'trainkit';
import type { JobQueue } from './job-queue.js';

/** Default seconds between two sweeps of webhook deliveries left `received`. */
export const DEFAULT_WEBHOOK_SWEEP_SECONDS = 300;

/** Where a failed enqueue is reported (the delivery is stored, so the next sweep takes it). */
export type SchedulerLogger = (message: string) => void;

/**
 * Turns stored webhook deliveries into `webhook-delivery` jobs. The facade needs `schedule` when it is created, and
 * the queue needs the facade, so the queue is attached afterwards; a delivery that arrives before, or whose enqueue
 * fails, stays `received` in `provider_webhook_deliveries` and is picked up by a `webhook-drain` sweep (one at
 * start, then every `sweepSeconds`; a singleton, so many processes do not pile sweeps up).
 *
 * @example
 * ```ts
 * const webhookJobs = createWebhookJobScheduler({ log: console.error });
 * const trainkit = createTrainkit({ storage, connect: { ...connect, scheduleWebhook: webhookJobs.schedule } });
 * const stopSweeps = await webhookJobs.attach(queue, { sweepSeconds: 300 });
 * ```
 */
export function createWebhookJobScheduler(options: { readonly log: SchedulerLogger }) {
  let queue: JobQueue | undefined;
  const sweep = (target: JobQueue) =>
    target.enqueue('webhook-drain', {}, { singletonKey: 'webhook-drain' }).catch((error: unknown) => {
      options.log(`enqueueing a webhook sweep failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
  return {
    /** The `scheduleWebhook` option of the facade's `connect`. */
    schedule(delivery: ScheduledWebhookDelivery): void {
      if (queue === undefined) {
        options.log(`webhook delivery ${delivery.deliveryId} arrived before the job queue started; the next sweep processes it`);
        return;
      }
      queue.enqueue('webhook-delivery', delivery).catch((error: unknown) => {
        options.log(`enqueueing webhook delivery ${delivery.deliveryId} failed (${error instanceof Error ? error.message : String(error)}); the next sweep processes it`);
      });
    },
    /** Sends deliveries to `target` from now on, sweeps once at once and then every `sweepSeconds`; returns the stop. */
    async attach(target: JobQueue, timing: { readonly sweepSeconds: number }): Promise<() => void> {
      queue = target;
      await sweep(target);
      const timer = setInterval(() => void sweep(target), timing.sweepSeconds * 1000);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
