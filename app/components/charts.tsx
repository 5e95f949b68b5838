/** Server-drawn SVG charts, each beside its table (issue 13 §3). */
export interface ChartView {
  readonly title: string;
  readonly svg: string;
  readonly table: { readonly header: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] };
}

export function Charts({ charts }: { charts: readonly ChartView[] }) {
  if (!charts.length) return null;
  return (
    <section className="charts" data-testid="charts" aria-label="统计图">
      {charts.map((c) => (
        <figure key={c.title} className="card chart">
          <figcaption>{c.title}</figcaption>
          {/* Rendered on the server (app/charts/chart.server.ts): text content is escaped by ECharts, links and labels by the wrapper; a unit test holds both. */}
          <div className="chart-svg" dangerouslySetInnerHTML={{ __html: c.svg }} />
          <table className="list compact">
            <thead><tr>{c.table.header.map((h, i) => <th key={i}>{h}</th>)}</tr></thead>
            <tbody>{c.table.rows.map((r, i) => <tr key={i}>{r.map((v, j) => <td key={j}>{v}</td>)}</tr>)}</tbody>
          </table>
        </figure>
      ))}
    </section>
  );
}
