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

/**
 * An FTS5 MATCH expression: each whitespace-separated term of the query must appear as a phrase
 * (its words adjacent, as typed), so 邻里纠纷 finds "邻里纠纷" and a case number finds that case.
 * Null when nothing is searchable.
 */
export function matchExpression(query: string): string | null {
  const phrases = query
    .slice(0, 100)
    .split(/\s+/)
    .map((term) => segmentWords(term).map((w) => w.replaceAll('"', '""')).join(" "))
    .filter(Boolean);
  if (!phrases.length) return null;
  return phrases.map((p) => `"${p}"`).join(" AND ");
}
