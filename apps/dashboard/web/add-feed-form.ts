import { ApiError, type ApiClient } from './api-client.js';
import type { FeedCreate } from './api-types.js';
import { errorWords } from './error-words.js';
import type { FeedDirectory } from './feed-directory.js';
import { FeedSettingsFields } from './feed-settings-fields.js';
import type { Notice } from './notice.js';
import type { TokenForm } from './token-form.js';

export interface AddFeedElements {
  /** Shows and hides the form (a disclosure button). */
  toggle: HTMLButtonElement;
  cancel: HTMLButtonElement;
  form: HTMLFormElement;
  url: HTMLInputElement;
  /** Where the title, interval, weight and topics fields go. */
  settings: HTMLElement;
  submit: HTMLButtonElement;
}

/**
 * The add-feed form. The server fetches the URL (finding the feed of a web
 * page) before it stores anything, so the answer is either a preview of the
 * feed or a plain-words reason it cannot be used.
 */
export class AddFeedForm {
  private readonly settings = new FeedSettingsFields('feed');

  constructor(
    private readonly elements: AddFeedElements,
    private readonly api: ApiClient,
    private readonly directory: FeedDirectory,
    private readonly tokenForm: TokenForm,
    /** Progress and errors, inside the form. */
    private readonly notice: Notice,
    /** The outcome, once the form has closed. */
    private readonly panelNotice: Notice,
  ) {
    elements.toggle.addEventListener('click', () => (elements.form.hidden ? this.focus() : this.close()));
    elements.cancel.addEventListener('click', () => this.close());
    elements.settings.replaceChildren(...this.settings.nodes);
    elements.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  /** Opens the form and takes the reader to the URL field. */
  focus(): void {
    const { form, toggle, url } = this.elements;
    form.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    url.scrollIntoView({ block: 'center', behavior: 'smooth' });
    url.focus({ preventScroll: true });
  }

  private close(): void {
    const { form, toggle } = this.elements;
    form.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    this.notice.clear();
    toggle.focus();
  }

  private input(): FeedCreate | undefined {
    const { url } = this.elements;
    if (!url.value.trim() || !url.validity.valid) return undefined;
    const { title, intervalSeconds, weight, topics } = this.settings.read();
    return { url: url.value.trim(), ...(title ? { title } : {}), ...(intervalSeconds === undefined ? {} : { intervalSeconds }), weight, ...(topics.length > 0 ? { topics } : {}) };
  }

  private async submit(): Promise<void> {
    const { form, url, submit } = this.elements;
    const input = this.input();
    if (!input) {
      url.setAttribute('aria-invalid', 'true');
      this.notice.show('error', 'Enter the full address of a feed or a news page, starting with http:// or https://.');
      url.focus();
      return;
    }
    url.removeAttribute('aria-invalid');
    this.settings.markInvalid([]);
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    submit.textContent = 'Checking the feed…';
    this.notice.show('info', `Fetching ${input.url} to check it is a feed…`);
    try {
      const { feed, preview } = await this.api.addFeed(input);
      this.directory.apply({ feedId: feed.id, feed, health: null, change: 'created' });
      const found = preview.title ? `“${preview.title}”` : 'the feed';
      const moved = feed.url !== input.url ? ` (found at ${feed.url})` : '';
      form.reset();
      this.close();
      this.panelNotice.show('success', `Added ${found}${moved}: ${preview.items} item${preview.items === 1 ? '' : 's'} in it now. The first poll is on its way.`);
    } catch (error) {
      this.notice.show('error', errorWords(error, this.tokenForm.hasToken));
      if (error instanceof ApiError && error.status === 401) this.tokenForm.refused();
      else (this.settings.markInvalid(error instanceof ApiError ? error.invalidFields : []) ?? url).focus();
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
      submit.textContent = 'Add feed';
    }
  }
}
