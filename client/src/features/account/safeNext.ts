/**
 * Where to go after signing in: the `next` of the link, if it is a path of this site. Anything
 * else (another origin, `//host`, a `javascript:` URL) goes home, so a crafted link cannot send
 * a freshly signed-in visitor elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
