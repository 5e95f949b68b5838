/** Instants shown in China time: 2026-11-22 10:30. */
export function formatInstant(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 16).replace("T", " ");
}
