import type { ApiClient } from './api-client.js';
import { ApiError } from './api-client.js';
import type { FeedEventData, FeedView } from './api-types.js';
import type { DeleteDialog } from './delete-dialog.js';
import { errorWords } from './error-words.js';
import type { FeedDirectory } from './feed-directory.js';
import { FeedEditForm } from './feed-edit-form.js';
import { byAttention, feedName, feedStatus } from './feed-health.js';
import { feedRow, type FeedAction } from './feed-row.js';
import type { Notice } from './notice.js';
import type { TokenForm } from './token-form.js';

export interface FeedPanelElements {
  list: HTMLUListElement;
  /** Shown while most feeds fail at once. */
  outage: HTMLElement;
  /** Loading, empty and error states of the list. */
  state: HTMLElement;
  /** "5 feeds · 1 failing" beside the heading. */
  summary: HTMLElement;
}

export interface FeedPanelDeps {
  api: ApiClient;
  directory: FeedDirectory;
  tokenForm: TokenForm;
  notice: Notice;
  deleteDialog: DeleteDialog;
  /** A feed was deleted together with its items. */
  onPurged(feedId: string): void;
}

/** Live feed events arrive with every poll; the list (with the server's verdicts) is reloaded at most this often. */
const RELOAD_AFTER_EVENT_MS = 2_000;

/** The feed list with health, and the edit, pause/resume, poll-now and delete actions. */
export class FeedPanel {
  /** Open edit forms by feed id; each is moved into its feed's new row on every redraw. */
  private readonly editors = new Map<string, FeedEditForm>();
  private loaded = false;
  private failure: string | undefined;
  private outage = false;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly elements: FeedPanelElements,
    private readonly deps: FeedPanelDeps,
  ) {
    deps.directory.onChange(() => this.render());
    elements.list.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
      if (button && !button.disabled) void this.act(button);
    });
  }

  async load(): Promise<void> {
    this.elements.list.setAttribute('aria-busy', 'true');
    try {
      const { feeds, outage } = await this.deps.api.listFeeds();
      this.failure = undefined;
      this.loaded = true;
      this.outage = outage ?? false;
      this.deps.directory.replaceAll(feeds);
    } catch (error) {
      this.failure = `Could not load the feeds. ${errorWords(error, false)}`;
      this.render();
    } finally {
      this.elements.list.setAttribute('aria-busy', 'false');
    }
  }

  /**
   * A live `feed` event: shown at once from the feed and health it carries;
   * the server's status, next poll and outage verdict follow with a reload.
   */
  applyEvent(event: FeedEventData): void {
    this.deps.directory.apply(event);
    this.reloadTimer ??= setTimeout(() => {
      this.reloadTimer = undefined;
      void this.load();
    }, RELOAD_AFTER_EVENT_MS);
  }

  /** Redraws every row; keeps keyboard focus where it was across the redraw. */
  render(): void {
    const { list, state, summary } = this.elements;
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : undefined;
    const now = Date.now();
    const feeds = this.deps.directory.list().sort(byAttention(now));
    // A feed deleted meanwhile takes its open form with it.
    for (const id of this.editors.keys()) if (!this.deps.directory.get(id)) this.editors.delete(id);
    list.replaceChildren(...feeds.map((feed) => feedRow(feed, now, this.editors.get(feed.id)?.element)));
    if (focused) this.refocus(focused);
    const failing = feeds.filter((feed) => ['failing', 'stale', 'outage'].includes(feedStatus(feed, now).state)).length;
    this.elements.outage.hidden = !this.outage;
    summary.textContent = feeds.length === 0 ? '' : `${feeds.length} feed${feeds.length === 1 ? '' : 's'}${failing ? ` · ${failing} failing` : ''}`;
    state.hidden = feeds.length > 0 && !this.failure;
    state.dataset.kind = this.failure ? 'error' : this.loaded ? 'empty' : 'loading';
    state.textContent = this.failure ?? (this.loaded ? 'No feeds yet. Add one with “Add a feed”, or import an OPML file from your reader.' : 'Loading feeds…');
  }

  /**
   * A field of an open edit form is the same element in the new row, and
   * lost focus only by the move; a row button is new, found by its action.
   */
  private refocus(was: HTMLElement): void {
    const { list } = this.elements;
    if (list.contains(was)) {
      was.focus();
      return;
    }
    const { action, feedId } = was.dataset;
    if (action && feedId) list.querySelector<HTMLElement>(`button[data-action="${CSS.escape(action)}"][data-feed-id="${CSS.escape(feedId)}"]`)?.focus();
  }

  private async act(button: HTMLButtonElement): Promise<void> {
    const feed = this.deps.directory.get(button.dataset.feedId ?? '');
    if (!feed) return;
    const action = button.dataset.action as FeedAction;
    if (action === 'edit') {
      this.toggleEditor(feed);
      return;
    }
    if (action === 'delete') {
      const choice = await this.deps.deleteDialog.ask(feedName(feed));
      if (!choice) return;
      await this.run(button, () => this.remove(feed, choice.purge));
      return;
    }
    await this.run(button, action === 'toggle' ? () => this.toggle(feed) : () => this.poll(feed));
  }

  /** The Edit button is a disclosure: it opens the feed's edit form in its row, or closes it. */
  private toggleEditor(feed: FeedView): void {
    const open = this.editors.get(feed.id);
    if (open) {
      this.closeEditor(open);
      return;
    }
    const { api, directory, tokenForm, notice } = this.deps;
    const editor = new FeedEditForm(feed, { api, directory, tokenForm, panelNotice: notice }, () => this.closeEditor(editor));
    this.editors.set(feed.id, editor);
    this.render();
    editor.focus();
  }

  /** Removes the form from its row and returns focus to the row's Edit button. */
  private closeEditor(editor: FeedEditForm): void {
    // A form closed by its Edit button may still finish saving later; it must not close a newer form of the same feed.
    if (this.editors.get(editor.feedId) !== editor) return;
    this.editors.delete(editor.feedId);
    this.render();
    this.elements.list.querySelector<HTMLElement>(`button[data-action="edit"][data-feed-id="${CSS.escape(editor.feedId)}"]`)?.focus();
  }

  private async toggle(feed: FeedView): Promise<string> {
    const { feed: updated } = await this.deps.api.updateFeed(feed.id, { enabled: !feed.enabled });
    this.deps.directory.apply({ feedId: updated.id, feed: updated, health: null, change: 'updated' });
    return updated.enabled ? `Resumed “${feedName(feed)}”; it is polled on its schedule again.` : `Paused “${feedName(feed)}”; it is not polled until you resume it.`;
  }

  private async poll(feed: FeedView): Promise<string> {
    await this.deps.api.pollFeed(feed.id);
    return `Poll requested for “${feedName(feed)}”; its health updates when the fetch is done.`;
  }

  private async remove(feed: FeedView, purge: boolean): Promise<string> {
    const result = await this.deps.api.deleteFeed(feed.id, purge);
    this.deps.directory.remove(feed.id);
    if (purge) this.deps.onPurged(feed.id);
    return purge ? `Deleted “${feedName(feed)}” and ${result.purgedItems} stored items.` : `Deleted “${feedName(feed)}”; its stored items stay.`;
  }

  private async run(button: HTMLButtonElement, work: () => Promise<string>): Promise<void> {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      this.deps.notice.show('success', await work());
    } catch (error) {
      this.deps.notice.show('error', errorWords(error, this.deps.tokenForm.hasToken));
      if (error instanceof ApiError && error.status === 401) this.deps.tokenForm.refused();
    } finally {
      // The row may have been redrawn meanwhile; this only matters when it was not.
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
}
