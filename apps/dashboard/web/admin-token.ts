const STORAGE_KEY = 'tension-monitor.admin-token';

/**
 * The admin token for mutations, kept in sessionStorage: it survives a
 * reload but not closing the tab, and is never put in a URL or a cookie.
 */
export class AdminToken {
  private memory: string | undefined;

  get(): string | undefined {
    try {
      return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
    } catch {
      // Storage can be disabled (private modes, policies); keep it for this page only.
      return this.memory;
    }
  }

  set(token: string): void {
    this.memory = token;
    try {
      sessionStorage.setItem(STORAGE_KEY, token);
    } catch {
      // Falls back to memory, see get().
    }
  }

  clear(): void {
    this.memory = undefined;
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}
