/** Query parameters whose values are credentials often enough that we never print them. */
const SECRET_PARAM = /(^|[_-])(token|key|secret|password|passwd|pwd|sig|signature|auth|apikey|api_key|access_token|code)$/i;

/**
 * A URL made safe to show in messages and logs: user name and password are
 * removed and the values of credential-looking query parameters are masked.
 * Strings that do not parse as URLs are cut at the first `@` so that
 * `user:pass@host` fragments never leak either.
 */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  // Only http(s) URLs have a user-info part URL can strip; for anything else
  // ("alice:pw@host" parses as scheme "alice:") fall back to cutting at '@'.
  const parsed = URL.canParse(text) ? new URL(text) : undefined;
  // redis://user:password@host and the like: keep the scheme and host, hide the user info.
  if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return text.replace(/\/\/[^@/]*@/, '//***@');
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    const at = text.lastIndexOf('@');
    return at === -1 ? text.slice(0, 200) : `…${text.slice(at + 1, at + 200)}`;
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  return parsed.href;
}
