import { el, type Child } from './el.js';

export type NoticeKind = 'info' | 'success' | 'error';

/** A message area under a form or panel: errors are announced at once, the rest politely. */
export class Notice {
  constructor(private readonly element: HTMLElement) {}

  show(kind: NoticeKind, text: string, more: readonly Child[] = []): void {
    const { element } = this;
    element.hidden = false;
    element.dataset.kind = kind;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    element.replaceChildren(el('p', {}, [text]), ...more.filter((child): child is Node | string => Boolean(child)));
  }

  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
