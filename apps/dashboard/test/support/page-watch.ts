import type { Page } from 'playwright-core';
import { readCspViolations, recordCspViolations } from './page-probes.js';

/** A CSP violation as the page reported it. */
export interface CspViolation {
  directive: string;
  blocked: string;
}

/**
 * Records everything that would mean the page is broken or unsafe: console
 * errors, uncaught exceptions, and Content-Security-Policy violations (an
 * inline script or style the policy blocked).
 */
export class PageWatch {
  private readonly errors: string[] = [];

  private constructor(private readonly page: Page) {}

  static async attach(page: Page): Promise<PageWatch> {
    const watch = new PageWatch(page);
    page.on('console', (message) => {
      if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => watch.errors.push(`page error: ${error.message}`));
    // Runs before any page script (injected by the browser, not subject to the page's CSP).
    await page.addInitScript(recordCspViolations);
    return watch;
  }

  /** Removes and returns the errors matching `pattern` (ones a step provoked on purpose). */
  take(pattern: RegExp): string[] {
    const taken = this.errors.filter((error) => pattern.test(error));
    const kept = this.errors.filter((error) => !pattern.test(error));
    this.errors.splice(0, this.errors.length, ...kept);
    return taken;
  }

  consoleErrors(): string[] {
    return [...this.errors];
  }

  async cspViolations(): Promise<CspViolation[]> {
    return this.page.evaluate(readCspViolations);
  }
}
