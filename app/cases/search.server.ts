/**
 * Chinese full-text search: FTS5 with unicode61 over text pre-segmented into words by
 * Intl.Segmenter (zh-CN); queries are segmented the same way (docs/decisions/0005).
 */

const segmenter = new Intl.Segmenter("zh-CN", { granularity: "word" });

export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** An FTS5 MATCH expression: every word of the query, each quoted. Null when nothing to search. */
export function matchExpression(query: string): string | null {
  const words = segmentWords(query.slice(0, 100));
  if (!words.length) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"`).join(" AND ");
}
