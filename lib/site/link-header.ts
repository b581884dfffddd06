/** A `Link` header with every `<url>` moved to `origin` (paths, queries and parameters kept). */
export function withOrigin(link: string, origin: string): string {
  return link.replace(/<([^>]*)>/g, (whole, url: string) => {
    try {
      const parsed = new URL(url);
      return `<${origin}${parsed.pathname}${parsed.search}>`;
    } catch {
      return whole;
    }
  });
}
