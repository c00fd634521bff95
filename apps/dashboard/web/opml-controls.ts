import { ApiError, type ApiClient } from './api-client.js';
import { el } from './el.js';
import { errorWords } from './error-words.js';
import type { Notice } from './notice.js';
import type { TokenForm } from './token-form.js';

export interface OpmlElements {
  file: HTMLInputElement;
  exportLink: HTMLAnchorElement;
}

/** OPML import (a file picked by the reader) and export (a download link). */
export class OpmlControls {
  constructor(
    private readonly elements: OpmlElements,
    private readonly api: ApiClient,
    private readonly tokenForm: TokenForm,
    private readonly notice: Notice,
    /** Reloads the feed list: an import adds feeds without live events. */
    private readonly reloadFeeds: () => Promise<void>,
  ) {
    elements.exportLink.href = api.opmlExportUrl;
    elements.file.addEventListener('change', () => void this.importPicked());
  }

  private async importPicked(): Promise<void> {
    const { file } = this.elements;
    const picked = file.files?.[0];
    if (!picked) return;
    this.notice.show('info', `Importing ${picked.name}…`);
    try {
      const report = await this.api.importOpml(await picked.text());
      const added = `Imported ${report.added.length} feed${report.added.length === 1 ? '' : 's'} from ${picked.name}.`;
      const skipped = report.skipped.length > 0 ? ` Skipped ${report.skipped.length}:` : '';
      const reasons = report.skipped.map((entry) => el('li', {}, [el('span', { class: 'mono' }, [entry.url || '(no URL)']), ` — ${entry.reason}`]));
      this.notice.show(report.added.length > 0 || report.skipped.length === 0 ? 'success' : 'info', added + skipped, reasons.length > 0 ? [el('ul', {}, reasons)] : []);
      await this.reloadFeeds();
    } catch (error) {
      this.notice.show('error', errorWords(error, this.tokenForm.hasToken));
      if (error instanceof ApiError && error.status === 401) this.tokenForm.refused();
    } finally {
      // Lets the same file be picked again after fixing it.
      file.value = '';
    }
  }
}
