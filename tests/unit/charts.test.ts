/** Server-drawn charts (app/charts/chart.server.ts): links on the data shapes, escaped labels, the table beside. */
import { renderChart } from "../../app/charts/chart.server";

describe("a chart", () => {
  it("wraps each bar in a link to its cases and keeps the numbers in a table", () => {
    const c = renderChart({ title: "案件数（按登记月份）", kind: "bar", categories: ["2026-10", "2026-11"], series: [{ name: "登记案件", data: [3, 5] }], link: (_s, i) => `/cases?month=2026-${10 + i}` });
    // Links inside: a group (axe's nested-interactive refuses links inside an image).
    expect(c.svg.startsWith('<svg role="group" aria-label="案件数（按登记月份）"')).toBe(true);
    expect(c.svg.match(/<a href="\/cases\?month=2026-1[01]"/g)).toHaveLength(2);
    expect(c.table).toEqual({ header: ["分类", "登记案件"], rows: [["2026-10", 3], ["2026-11", 5]] });
    // The font list survives inside the style attribute (a double quote would end it).
    expect(c.svg).toContain("font-family:'PingFang SC'");
    expect(c.svg).not.toMatch(/font-family:"/);
  });

  it("escapes a configured label and a link, and links nothing when asked for nothing", () => {
    const c = renderChart({ title: "按纠纷类型<b>", kind: "pie", categories: ["<img src=x onerror=alert(1)>", "邻里纠纷"], series: [{ name: "受理数", data: [1, 2] }], link: (_s, i) => (i === 0 ? '/cases?q="x"' : null) });
    expect(c.svg).not.toContain("<img");
    expect(c.svg).toContain("&lt;img");
    expect(c.svg).toContain('href="/cases?q=&quot;x&quot;"');
    // The sector and its label line both link, and only to the first category's cases.
    expect(new Set(c.svg.match(/<a href="[^"]*"/g))).toEqual(new Set(['<a href="/cases?q=&quot;x&quot;"']));
    expect(c.svg).toContain('aria-label="按纠纷类型&lt;b&gt;"');
  });

  it("asks for links only for the data's own bars, not for shapes ECharts numbers beyond them", () => {
    const rows = [{ id: "legal-opinion", overdue: 1, soon: 0 }];
    const c = renderChart({ title: "逾期及临期", kind: "bar", categoryLabel: "程序", categories: ["法律意见"], series: [{ name: "逾期", data: [1] }, { name: "临期", data: [0] }], link: (s, i) => `/cases?procedure=${rows[i].id}&${s === 0 ? "overdue" : "soon"}=1` });
    expect(c.svg).toContain('href="/cases?procedure=legal-opinion&amp;overdue=1"');
    expect(c.table.header).toEqual(["程序", "逾期", "临期"]);
    // One link per bar, none on the legend's symbols (which carry indexes too).
    const grid = renderChart({ title: "t", kind: "bar", categories: ["a", "b", "c"], series: [{ name: "S1", data: [1, 2, 3] }, { name: "S2", data: [3, 2, 1] }], link: (s, i) => `/x?s=${s}&i=${i}` });
    expect(grid.svg.match(/<a href="[^"]*"/g)?.sort()).toEqual(["0", "1"].flatMap((s) => ["0", "1", "2"].map((i) => `<a href="/x?s=${s}&amp;i=${i}"`)).sort());
  });

  it("writes rates as percentages", () => {
    const c = renderChart({ title: "按期率", kind: "bar", percent: true, categories: ["按期公示率"], series: [{ name: "比率", data: [66.7] }] });
    expect(c.table.rows).toEqual([["按期公示率", "66.7%"]]);
    expect(c.svg).toContain("66.7%");
    expect(c.svg.startsWith('<svg role="img" aria-label="按期率"')).toBe(true);
  });
});
