import { ApiError } from './api-client.js';

/** What to tell the person when an action failed, in words they can act on. */
export function errorWords(error: unknown, hasToken: boolean): string {
  if (error instanceof ApiError) {
    if (error.status === 401) {
      return hasToken
        ? 'The admin token was refused. Check it against ADMIN_TOKEN (or the token the dashboard printed when it started) and save it again.'
        : 'This needs the admin token. Enter it under “Admin token” above: it is ADMIN_TOKEN, or the token the dashboard printed when it started.';
    }
    return error.message;
  }
  return error instanceof Error ? `Something went wrong: ${error.message}` : 'Something went wrong.';
}
