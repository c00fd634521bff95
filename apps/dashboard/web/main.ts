import { AddFeedForm } from './add-feed-form.js';
import { AdminToken } from './admin-token.js';
import { ApiClient } from './api-client.js';
import { readChartTheme } from './chart-theme.js';
import { showConnection } from './connection-indicator.js';
import { DeleteDialog } from './delete-dialog.js';
import { byId } from './el.js';
import { FeedDirectory } from './feed-directory.js';
import { FeedPanel } from './feed-panel.js';
import { HealthSummary } from './health-summary.js';
import { ItemList } from './item-list.js';
import { LevelPanel } from './level-panel.js';
import { LiveStream } from './live-stream.js';
import { Notice } from './notice.js';
import { OpmlControls } from './opml-controls.js';
import { refreshRelativeTimes } from './relative-time.js';
import { TokenForm } from './token-form.js';
import { TopicDialog } from './topic-dialog.js';
import { TopicPicker } from './topic-picker.js';

const HEALTH_EVERY_MS = 30_000;
const CLOCK_EVERY_MS = 30_000;

/** Wires the page: every part gets its elements and the few collaborators it needs. */
function main(): void {
  const token = new AdminToken();
  const api = new ApiClient(() => token.get());
  const directory = new FeedDirectory();
  const feedsNotice = new Notice(byId('feeds-notice', HTMLElement));
  const tokenForm = new TokenForm(
    { form: byId('token-form', HTMLFormElement), input: byId('token-input', HTMLInputElement), forget: byId('token-forget', HTMLButtonElement), status: byId('token-status', HTMLElement) },
    token,
  );
  const addFeed = new AddFeedForm(
    {
      toggle: byId('add-feed-toggle', HTMLButtonElement),
      cancel: byId('add-feed-cancel', HTMLButtonElement),
      form: byId('add-feed', HTMLFormElement),
      url: byId('feed-url', HTMLInputElement),
      settings: byId('add-feed-settings', HTMLElement),
      submit: byId('add-feed-submit', HTMLButtonElement),
    },
    api,
    directory,
    tokenForm,
    new Notice(byId('add-feed-result', HTMLElement)),
    feedsNotice,
  );
  const items = new ItemList(
    { list: byId('items', HTMLElement), state: byId('items-state', HTMLElement), more: byId('load-more', HTMLButtonElement) },
    api,
    directory,
    () => addFeed.focus(),
  );
  const feeds = new FeedPanel(
    { list: byId('feed-list', HTMLUListElement), outage: byId('feeds-outage', HTMLElement), state: byId('feeds-state', HTMLElement), summary: byId('feeds-summary', HTMLElement) },
    {
      api,
      directory,
      tokenForm,
      notice: feedsNotice,
      deleteDialog: new DeleteDialog({ dialog: byId('delete-dialog', HTMLDialogElement), name: byId('delete-name', HTMLElement), purge: byId('delete-purge', HTMLInputElement) }),
      onPurged: (feedId) => items.removeFeed(feedId),
    },
  );
  new OpmlControls({ file: byId('opml-file', HTMLInputElement), exportLink: byId('opml-export', HTMLAnchorElement) }, api, tokenForm, feedsNotice, () => feeds.load());
  const level = new LevelPanel(
    {
      ranges: byId('ranges', HTMLElement),
      canvas: byId('level-chart', HTMLCanvasElement),
      status: byId('chart-status', HTMLElement),
      value: byId('level-value', HTMLElement),
      band: byId('level-band', HTMLElement),
      delta: byId('level-delta', HTMLElement),
      pressures: byId('level-pressures', HTMLElement),
      updated: byId('level-updated', HTMLElement),
    },
    api,
    readChartTheme(),
  );
  const topics = new TopicPicker(byId('topic-select', HTMLSelectElement), api, (topic) => {
    void level.setTopic(topic);
    void items.setTopic(topic);
  });
  const topicDialog = new TopicDialog(
    {
      open: byId('topic-actors', HTMLButtonElement),
      dialog: byId('topic-dialog', HTMLDialogElement),
      name: byId('topic-dialog-name', HTMLElement),
      actors: byId('topic-actors-input', HTMLInputElement),
      match: byId('topic-match', HTMLSelectElement),
      notice: byId('topic-dialog-notice', HTMLElement),
      save: byId('topic-dialog-save', HTMLButtonElement),
    },
    api,
    tokenForm,
    () => topics.currentView,
    () => topics.load(),
  );
  const health = new HealthSummary(byId('health', HTMLElement), api);
  const indicator = byId('live', HTMLElement);

  const live = new LiveStream('/api/stream', {
    item: (item) => items.prepend(item),
    level: (update) => level.push(update),
    feed: (event) => {
      feeds.applyEvent(event);
      // A feed added, edited or deleted may bring or retire a topic.
      if (event.change !== 'polled') void topics.load();
    },
    topic: () => void topics.load(),
    state: (state) => showConnection(indicator, state),
  });
  feeds.render();
  // Subscribe before loading: each part holds live events while its first
  // load runs and then drops what the load already had, so nothing falls in between.
  void live.start()
    .then(() => topics.load())
    .then((topic) => {
      topicDialog.setReady(topic !== undefined);
      // The reader may pick another topic while the feeds load: list the one shown by then.
      void feeds.load().then(() => items.setTopic(topics.current));
      void level.setTopic(topic);
    });
  void health.refresh();
  setInterval(() => void health.refresh(), HEALTH_EVERY_MS);
  setInterval(() => {
    refreshRelativeTimes(document.body, Date.now());
    feeds.render();
  }, CLOCK_EVERY_MS);
}

main();
