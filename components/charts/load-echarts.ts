// The parts of Apache ECharts the app draws with, registered once. Imported only through a dynamic
// import() from bar-chart.tsx, so the library is a chunk of its own, fetched from the app's own server
// when the first chart comes into view — never on pages without charts, never from a CDN.
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export { echarts };
