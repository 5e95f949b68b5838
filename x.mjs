import * as echarts from "echarts";
const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: 600, height: 300 });
chart.setOption({ animation: false, xAxis: { type: "category", data: ["1月","2月","3月"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [3, 5, 2] }, { type: "pie", data: [{name:"a", value:1},{name:"b",value:2}], center:["80%","30%"], radius: 40 }] });
const svg = chart.renderToSVGString();
console.log(svg.slice(0, 300)); console.log(svg.match(/<path[^>]*ecmeta_data_index[^>]*>(<\/path>)?/g)?.slice(0,5));
