/// <reference lib="dom" />
// These functions run inside the page (passed to Playwright's evaluate), so
// they are typed against the DOM. Keep them self-contained: they are
// serialised, not imported, by the browser.

/** Init script: records CSP violations before any page script runs. */
export function recordCspViolations(): void {
  const seen: Array<{ directive: string; blocked: string }> = [];
  Object.defineProperty(window, 'cspViolations', { value: seen });
  document.addEventListener('securitypolicyviolation', (event) => seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }));
}

export function readCspViolations(): Array<{ directive: string; blocked: string }> {
  return (window as unknown as { cspViolations?: Array<{ directive: string; blocked: string }> }).cspViolations ?? [];
}

/** How many pixels of the canvas something was drawn on (0 for a blank canvas). */
export function canvasInk(canvas: HTMLCanvasElement): number {
  const context = canvas.getContext('2d');
  if (!context || canvas.width === 0 || canvas.height === 0) return 0;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let inked = 0;
  for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) inked += 1;
  return inked;
}

/** The drawn canvas as a data URL, to tell whether a redraw changed it. */
export function canvasSnapshot(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png');
}

/** Traces that hostile feed markup was parsed as HTML or ran. */
export function injectionTraces(): { injectedImages: number; scripts: number; pwned: boolean; title: string } {
  return {
    injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: document.querySelectorAll('script').length,
    pwned: 'pwned' in window,
    title: document.title,
  };
}

/** Leaves a mark on the current document (once; tests may each mark it); a reload would wipe it. */
export function markDocument(): void {
  if (!('notReloaded' in window)) Object.defineProperty(window, 'notReloaded', { value: true });
}

export function isMarked(): boolean {
  return 'notReloaded' in window;
}
