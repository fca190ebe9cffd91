/** Runs `fn` while holding the lock of `key`; calls with the same key run one after another, never interleaved. */
export type UserLock = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

/**
 * A keyed mutex within one process: a promise chain per key (removed once idle). Calls of one key run in call order;
 * calls of different keys run concurrently.
 */
export function createKeyedMutex(): UserLock {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    tails.set(key, tail);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
