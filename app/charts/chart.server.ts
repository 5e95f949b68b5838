/**
 * Charts drawn on the server as SVG with Apache ECharts' server-side renderer (docs/decisions/0020):
 * they show without JavaScript, print, and copy into a report. Each bar, point or sector that stands
 * for a set of cases is wrapped in a link to the case list of that set.
 */
import * as echarts from "echarts";

export interface ChartSpec {
  readonly title: string;
  readonly kind: "bar" | "line" | "pie";
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly data: readonly number[] }[];
  /** A percentage scale (on-time rates): the axis runs to 100. */
  readonly percent?: boolean;
  /** Where a click on one bar, point or sector goes: the cases behind it. */
  readonly link?: (seriesIndex: number, dataIndex: number) => string | null;
  /** The table's first column heading (分类 unless said: 程序, 街道, 月份). */
  readonly categoryLabel?: string;
}

export interface RenderedChart {
  readonly title: string;
  readonly svg: string;
  /** The same numbers as a table beside the chart. */
  readonly table: { readonly header: readonly string[]; readonly rows: readonly (readonly (string | number)[])[] };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// Single quotes: zrender writes the style attribute unescaped, so a double quote would end it.
const FONT = "'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif";

function optionOf(spec: ChartSpec) {
  const common = { animation: false, textStyle: { fontFamily: FONT }, color: ["#1d4e89", "#f79009", "#12b76a", "#d92d20", "#7a5af8", "#06aed4", "#667085"] };
  if (spec.kind === "pie") {
    return {
      ...common,
      legend: { bottom: 0, type: "scroll" as const },
      series: [{ type: "pie" as const, radius: ["30%", "62%"], center: ["50%", "45%"], label: { formatter: "{b}：{c}" }, data: spec.categories.map((name, i) => ({ name, value: spec.series[0]?.data[i] ?? 0 })) }],
    };
  }
  return {
    ...common,
    grid: { left: 48, right: 16, top: 36, bottom: 56, containLabel: true },
    legend: spec.series.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: "category" as const, data: [...spec.categories], axisLabel: { interval: 0, rotate: spec.categories.length > 6 ? 30 : 0 } },
    yAxis: { type: "value" as const, minInterval: 1, ...(spec.percent ? { max: 100, axisLabel: { formatter: "{value}%" } } : {}) },
    series: spec.series.map((s) => ({ type: spec.kind, name: s.name, data: [...s.data], label: { show: true, position: "top" as const, formatter: spec.percent ? "{c}%" : "{c}" } })),
  };
}

export function renderChart(spec: ChartSpec, size = { width: 560, height: 300 }): RenderedChart {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  let svg: string;
  try {
    chart.setOption(optionOf(spec));
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  // The shapes ECharts marks with their series and data index become links to their cases.
  svg = svg.replace(/<path([^>]*?)ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)"([^>]*)><\/path>/g, (whole, _a, s, d) => {
    // Only the data's own shapes link: a legend's symbols carry indexes too (ecmeta_ssr_type="legend").
    if (!whole.includes('ecmeta_ssr_type="chart"')) return whole;
    const href = Number(d) < spec.categories.length && Number(s) < spec.series.length ? spec.link?.(Number(s), Number(d)) : null;
    const label = spec.kind === "pie" ? spec.categories[Number(d)] : `${spec.series[Number(s)]?.name ?? ""} ${spec.categories[Number(d)] ?? ""}`;
    return href ? `<a href="${escape(href)}" aria-label="${escape(`${label}：查看案件`)}">${whole}</a>` : whole;
  });
  // A chart whose shapes are links is a group of them (an image's content is not reachable); one without is an image.
  svg = svg.replace(/^<svg /, `<svg role="${svg.includes("<a href=") ? "group" : "img"}" aria-label="${escape(spec.title)}" `);
  const first = spec.categoryLabel ?? "分类";
  const header = spec.kind === "pie" ? [first, spec.series[0]?.name ?? "数量"] : [first, ...spec.series.map((s) => s.name)];
  const rows = spec.categories.map((c, i) => [c, ...spec.series.map((s) => (spec.percent ? `${s.data[i]}%` : s.data[i]))]);
  return { title: spec.title, svg, table: { header, rows } };
}
