/**
 * Ids in public portal URLs are decimal integers and nothing else: "0x1", "1e0", "01" or "+1" name no
 * record and answer 404, so one record has one address (no aliases for caches, logs or crawlers).
 */
export const DECIMAL_ID = /^[1-9][0-9]{0,14}$/;

const notFound = () => new Response("没有这条公示", { status: 404 });

/** A path id: the number, or 404. */
export function portalPathId(value: string | undefined): number {
  if (!value || !DECIMAL_ID.test(value)) throw notFound();
  return Number(value);
}

/** An optional id in the query string: absent is undefined; present but not canonical is 404. */
export function portalQueryId(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === "") return undefined;
  if (!DECIMAL_ID.test(value)) throw notFound();
  return Number(value);
}
