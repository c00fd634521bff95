import type { AdminToken } from './admin-token.js';

export interface TokenFormElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  forget: HTMLButtonElement;
  status: HTMLElement;
}

const HINT = 'Needed to add, edit, pause or delete feeds. Kept in this browser tab only.';

/** The admin-token field: saves the token for this tab, forgets it, and is where a refusal sends the reader. */
export class TokenForm {
  constructor(
    private readonly elements: TokenFormElements,
    private readonly token: AdminToken,
  ) {
    elements.input.value = token.get() ?? '';
    this.showStatus(token.get() ? 'Token saved for this tab.' : HINT, 'info');
    elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = elements.input.value.trim();
      if (value) {
        token.set(value);
        this.showStatus('Token saved for this tab.', 'info');
      } else {
        token.clear();
        this.showStatus(HINT, 'info');
      }
    });
    elements.forget.addEventListener('click', () => {
      token.clear();
      elements.input.value = '';
      this.showStatus('Token forgotten. ' + HINT, 'info');
    });
  }

  get hasToken(): boolean {
    return Boolean(this.token.get());
  }

  /** Called on a 401: flags the field and puts the cursor in it. */
  refused(): void {
    this.showStatus(this.hasToken ? 'The server refused this token.' : 'Enter the admin token to make changes.', 'error');
    this.elements.input.focus();
  }

  private showStatus(text: string, kind: 'info' | 'error'): void {
    const { status, input } = this.elements;
    status.textContent = text;
    status.dataset.kind = kind;
    input.setAttribute('aria-invalid', String(kind === 'error'));
  }
}
