import { ApiError, type ApiClient } from './api-client.js';
import type { TopicView } from './api-types.js';
import { errorWords } from './error-words.js';
import { Notice } from './notice.js';
import type { TokenForm } from './token-form.js';
import { parseActors } from './topic-list.js';

export interface TopicDialogElements {
  /** Opens the dialog for the shown topic. */
  open: HTMLButtonElement;
  dialog: HTMLDialogElement;
  name: HTMLElement;
  actors: HTMLInputElement;
  match: HTMLSelectElement;
  notice: HTMLElement;
  save: HTMLButtonElement;
}

/**
 * The actors a topic keeps (a native modal <dialog>): prefilled with the
 * topic's codes, saved with PUT /api/topics/:id. A refusal is shown in the
 * dialog with the input kept, so a misspelt name can be corrected.
 */
export class TopicDialog {
  private readonly notice: Notice;
  private topic: TopicView | undefined;

  constructor(
    private readonly elements: TopicDialogElements,
    private readonly api: ApiClient,
    private readonly tokenForm: TokenForm,
    /** The topic shown when the reader opens the dialog. */
    private readonly shown: () => TopicView | undefined,
    /** After a save: reload the topics (the picker names the actors). */
    private readonly onSaved: () => Promise<unknown>,
  ) {
    this.notice = new Notice(elements.notice);
    elements.open.addEventListener('click', () => this.show());
    elements.save.addEventListener('click', () => void this.save());
    elements.actors.addEventListener('keydown', (event) => {
      // Enter saves instead of submitting the dialog's form, which would close it as a cancel.
      if (event.key !== 'Enter') return;
      event.preventDefault();
      void this.save();
    });
  }

  /** Enables the opener once there is a topic to configure. */
  setReady(ready: boolean): void {
    this.elements.open.disabled = !ready;
  }

  private show(): void {
    const topic = this.shown();
    if (!topic) return;
    this.topic = topic;
    const { dialog, name, actors, match } = this.elements;
    name.textContent = topic.id;
    actors.value = topic.actors.join(', ');
    actors.removeAttribute('aria-invalid');
    match.value = topic.actors.length > 0 ? topic.match : 'all';
    this.notice.clear();
    dialog.showModal();
    actors.focus();
  }

  private async save(): Promise<void> {
    const { topic } = this;
    if (!topic) return;
    const { dialog, actors, match, save } = this.elements;
    save.disabled = true;
    try {
      await this.api.setTopicRouting(topic.id, { actors: parseActors(actors.value), match: match.value === 'any' ? 'any' : 'all' });
      dialog.close('saved');
      await this.onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.tokenForm.refused();
      if (error instanceof ApiError && error.invalidFields.some((field) => field.startsWith('actors'))) actors.setAttribute('aria-invalid', 'true');
      this.notice.show('error', `Could not save the actors. ${errorWords(error, this.tokenForm.hasToken)}`);
      actors.focus();
    } finally {
      save.disabled = false;
    }
  }
}
