/** The coloured label a procedure gives a case in lists (a dispute's risk grade). */
export function CaseBadge({ badge }: { badge: string | null }) {
  if (!badge) return null;
  const b = JSON.parse(badge) as { label: string; tone: string };
  return <span className={`badge risk-${b.tone}`}>{b.label}</span>;
}
