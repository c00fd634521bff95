import type { EgressError } from './egress-error.js';
import { aborted, totalTimeout } from './failures.js';

/**
 * The life of one `request()` call: one signal that fires on the caller's
 * abort or on the total deadline, carrying an EgressError about the hop in
 * progress as its reason.
 */
export class RequestScope {
  /** The hop in progress; errors name it. */
  url: URL;
  readonly #controller = new AbortController();
  #deadline: NodeJS.Timeout | undefined;
  #detach: (() => void) | undefined;

  constructor(url: URL, callerSignal: AbortSignal | undefined) {
    this.url = url;
    if (!callerSignal) return;
    const onAbort = (): void => this.fail(aborted(this.url, callerSignal.reason));
    if (callerSignal.aborted) {
      onAbort();
      return;
    }
    callerSignal.addEventListener('abort', onAbort, { once: true });
    this.#detach = () => callerSignal.removeEventListener('abort', onAbort);
  }

  /** Fires when the request must stop; `reason` is the EgressError to report. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Starts the total timeout; later calls are no-ops, so it runs from the first hop. */
  startDeadline(timeoutMs: number): void {
    if (this.#deadline !== undefined || this.signal.aborted) return;
    this.#deadline = setTimeout(() => this.fail(totalTimeout(this.url, timeoutMs)), timeoutMs);
  }

  fail(error: EgressError): void {
    if (!this.signal.aborted) this.#controller.abort(error);
  }

  dispose(): void {
    clearTimeout(this.#deadline);
    this.#detach?.();
  }
}
