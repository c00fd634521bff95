interface Waiter {
  grant: () => void;
}

interface HostState {
  active: number;
  waiting: Waiter[];
}

/**
 * Caps requests in flight per host name within this process; excess requests
 * wait in arrival order. Polite to small sites that carry many of our feeds.
 */
export class HostLimiter {
  readonly #limit: number;
  readonly #hosts = new Map<string, HostState>();

  constructor(limit: number) {
    this.#limit = Math.max(1, Math.floor(limit));
  }

  /**
   * Waits for a slot for `host` and returns the function that gives it back.
   * Rejects with `signal.reason` if the signal fires while waiting.
   */
  acquire(host: string, signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    const key = host.toLowerCase();
    const state = this.#hosts.get(key) ?? { active: 0, waiting: [] };
    this.#hosts.set(key, state);
    if (state.active < this.#limit) {
      state.active += 1;
      return Promise.resolve(this.#releaser(key, state));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(this.#releaser(key, state));
        },
      };
      const onAbort = (): void => {
        state.waiting.splice(state.waiting.indexOf(waiter), 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      state.waiting.push(waiter);
    });
  }

  /** Requests in flight and waiting for `host`, for tests and metrics. */
  load(host: string): { active: number; waiting: number } {
    const state = this.#hosts.get(host.toLowerCase());
    return { active: state?.active ?? 0, waiting: state?.waiting.length ?? 0 };
  }

  #releaser(key: string, state: HostState): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = state.waiting.shift();
      // The slot passes straight to the next waiter, so `active` stays put.
      if (next) return next.grant();
      state.active -= 1;
      if (state.active === 0) this.#hosts.delete(key);
    };
  }
}
