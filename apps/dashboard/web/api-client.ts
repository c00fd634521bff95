import type {
  AddFeedResult,
  DeleteFeedResult,
  Feed,
  FeedCreate,
  FeedPatch,
  FeedList,
  HealthResponse,
  ItemPage,
  OpmlImportResult,
  SeriesResponse,
  TopicList,
  TopicRoutingInput,
  TopicView,
} from './api-types.js';

/** A failed API call, with the server's error code and plain-words message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The request fields a refusal names (`details.fields` of a 400), to point the reader at them. */
  get invalidFields(): string[] {
    const fields = typeof this.details === 'object' && this.details !== null && 'fields' in this.details ? this.details.fields : undefined;
    if (!Array.isArray(fields)) return [];
    return fields.flatMap((entry: unknown) => (typeof entry === 'object' && entry !== null && 'field' in entry && typeof entry.field === 'string' ? [entry.field] : []));
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  text?: string;
  /** Sends the admin token as a Bearer header. */
  admin?: boolean;
  /** Statuses whose body is data, not an error (health answers 503 with a report). */
  okStatuses?: readonly number[];
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string; details?: unknown } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body as { error: unknown };
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

/** Typed calls to the dashboard's own API (same origin). */
export class ApiClient {
  constructor(
    private readonly token: () => string | undefined,
    private readonly base = '/api',
  ) {}

  health(): Promise<HealthResponse> {
    return this.request('/health', { okStatuses: [503] });
  }

  listFeeds(): Promise<FeedList> {
    return this.request('/feeds');
  }

  addFeed(input: FeedCreate): Promise<AddFeedResult> {
    return this.request('/feeds', { method: 'POST', json: input, admin: true });
  }

  updateFeed(id: string, patch: FeedPatch): Promise<{ feed: Feed }> {
    return this.request(`/feeds/${encodeURIComponent(id)}`, { method: 'PATCH', json: patch, admin: true });
  }

  deleteFeed(id: string, purge: boolean): Promise<DeleteFeedResult> {
    return this.request(`/feeds/${encodeURIComponent(id)}${purge ? '?purge=true' : ''}`, { method: 'DELETE', admin: true });
  }

  pollFeed(id: string): Promise<{ queued: boolean }> {
    return this.request(`/feeds/${encodeURIComponent(id)}/poll`, { method: 'POST', admin: true });
  }

  importOpml(text: string): Promise<OpmlImportResult> {
    return this.request('/feeds/opml', { method: 'POST', text, admin: true });
  }

  /** Where the browser downloads the OPML export (a plain GET, no token needed). */
  get opmlExportUrl(): string {
    return `${this.base}/feeds/opml`;
  }

  topics(): Promise<TopicList> {
    return this.request('/topics');
  }

  setTopicRouting(id: string, routing: TopicRoutingInput): Promise<{ topic: TopicView }> {
    return this.request(`/topics/${encodeURIComponent(id)}`, { method: 'PUT', json: routing, admin: true });
  }

  items(options: { limit?: number; cursor?: string; topic?: string } = {}): Promise<ItemPage> {
    const query = new URLSearchParams({ limit: String(options.limit ?? 50) });
    if (options.cursor) query.set('cursor', options.cursor);
    if (options.topic) query.set('topic', options.topic);
    return this.request(`/items?${query}`);
  }

  series(options: { from: number; to: number; stepSeconds: number; topic?: string }): Promise<SeriesResponse> {
    const query = new URLSearchParams({ from: String(Math.round(options.from)), to: String(Math.round(options.to)), step: String(options.stepSeconds) });
    if (options.topic) query.set('topic', options.topic);
    return this.request(`/series?${query}`);
  }

  private async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.text !== undefined) {
      headers['Content-Type'] = 'text/x-opml; charset=utf-8';
      body = options.text;
    }
    const token = options.admin ? this.token() : undefined;
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, { method: options.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
    } catch (cause) {
      throw new ApiError(0, 'unreachable', 'The dashboard server could not be reached. Check that it is running and your connection.', cause);
    }
    const parsed: unknown = await response.json().catch(() => undefined);
    if (response.ok || options.okStatuses?.includes(response.status)) {
      if (parsed === undefined) throw new ApiError(response.status, 'bad_response', `The server sent an unreadable answer (HTTP ${response.status}).`);
      // Our own server's JSON: trusted in shape, still rendered only as text.
      return parsed as T;
    }
    if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.details);
    throw new ApiError(response.status, 'http_error', `The server answered HTTP ${response.status} ${response.statusText}.`.replace(/ \.$/, '.'));
  }
}
