import { ApiError, type ApiClient } from './api-client.js';
import type { FeedPatch, FeedView } from './api-types.js';
import { el } from './el.js';
import { errorWords } from './error-words.js';
import type { FeedDirectory } from './feed-directory.js';
import { feedName } from './feed-health.js';
import { FeedSettingsFields, type FeedSettings } from './feed-settings-fields.js';
import { Notice } from './notice.js';
import { durationWords } from './time-format.js';
import type { TokenForm } from './token-form.js';

export interface FeedEditDeps {
  api: ApiClient;
  directory: FeedDirectory;
  tokenForm: TokenForm;
  /** The outcome, once the form has closed. */
  panelNotice: Notice;
}

/**
 * The form that edits a feed's title, poll interval, weight and topics inside its
 * row. The list redraws often (live events, the clock); the panel moves this
 * same form into each new row, so what was typed stays until Save or Cancel.
 */
export class FeedEditForm {
  readonly element: HTMLFormElement;
  private readonly fields: FeedSettingsFields;
  private readonly notice: Notice;
  private readonly save: HTMLButtonElement;
  /** The settings as prefilled (the slider snapped to its step), so only what was changed is sent. */
  private readonly initial: FeedSettings;
  private saving = false;

  constructor(
    private readonly feed: FeedView,
    private readonly deps: FeedEditDeps,
    /** Saved or cancelled: the panel redraws the row without the form. */
    private readonly onClose: () => void,
  ) {
    const id = `edit-${feed.id}`;
    this.fields = new FeedSettingsFields(id, feed);
    this.save = el('button', { type: 'submit', class: 'button button--primary button--small' }, ['Save']);
    const cancel = el('button', { type: 'button', class: 'button button--ghost button--small' }, ['Cancel']);
    const noticeElement = el('div', { class: 'notice', hidden: true });
    this.notice = new Notice(noticeElement);
    this.element = el('form', { id, class: 'feed-edit', novalidate: true, 'aria-label': `Edit ${feedName(feed)}` }, [
      ...this.fields.nodes,
      el('div', { class: 'form-actions' }, [this.save, cancel]),
      noticeElement,
    ]);
    this.initial = this.fields.read();
    cancel.addEventListener('click', () => onClose());
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      onClose();
    });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  get feedId(): string {
    return this.feed.id;
  }

  /** Takes the reader to the first field; call once the form is on the page. */
  focus(): void {
    this.fields.title.focus();
  }

  /** Only what was changed: an untouched field keeps whatever another tab saved meanwhile. */
  private changes(): FeedPatch {
    const entered = this.fields.read();
    const patch: FeedPatch = {};
    if (entered.title !== this.initial.title) patch.title = entered.title;
    if (entered.intervalSeconds !== undefined && entered.intervalSeconds !== this.initial.intervalSeconds) patch.intervalSeconds = entered.intervalSeconds;
    if (entered.weight !== this.initial.weight) patch.weight = entered.weight;
    if (entered.topics.join(',') !== this.initial.topics.join(',')) patch.topics = entered.topics;
    return patch;
  }

  private async submit(): Promise<void> {
    if (this.saving) return;
    const patch = this.changes();
    if (Object.keys(patch).length === 0) {
      this.onClose();
      this.deps.panelNotice.show('info', `Nothing changed in “${feedName(this.feed)}”.`);
      return;
    }
    this.notice.clear();
    this.fields.markInvalid([]);
    this.busy(true);
    try {
      const { feed } = await this.deps.api.updateFeed(this.feed.id, patch);
      // Shown at once; the live `feed` event and the list reload that follows bring the same values.
      this.deps.directory.apply({ feedId: feed.id, feed, health: null, change: 'updated' });
      this.onClose();
      this.deps.panelNotice.show('success', `Saved “${feedName({ ...feed, health: this.feed.health })}”: polled every ${durationWords(feed.intervalSeconds)}, weight ${feed.weight.toFixed(2)}.`);
    } catch (error) {
      this.refused(error);
    } finally {
      this.busy(false);
    }
  }

  /** Says why in plain words and keeps everything entered, so the reader fixes one thing and saves again. */
  private refused(error: unknown): void {
    const open = this.element.isConnected;
    // Closed while saving (Cancel, Escape, its Edit button): the panel's notice is the one still on the page.
    (open ? this.notice : this.deps.panelNotice).show('error', `Could not save the changes. ${errorWords(error, this.deps.tokenForm.hasToken)}`);
    if (error instanceof ApiError && error.status === 401) this.deps.tokenForm.refused();
    else if (open) this.fields.markInvalid(error instanceof ApiError ? error.invalidFields : [])?.focus();
  }

  private busy(on: boolean): void {
    // Not disabled: focus stays on the button, and a second submit is ignored by `saving`.
    this.saving = on;
    this.save.textContent = on ? 'Saving…' : 'Save';
    if (on) this.save.setAttribute('aria-busy', 'true');
    else this.save.removeAttribute('aria-busy');
  }
}
