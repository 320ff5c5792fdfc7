"use client";
import { useEffect, useRef, useState } from "react";

export interface BarSeries {
  name: string;
  values: (number | null)[];
  color?: string;
}

/**
 * Horizontal bars (categories down the side, so long unit names stay readable at 375 px), drawn by
 * ECharts as SVG. The library is loaded lazily, when the chart is first near the viewport. The chart is
 * an image for assistive technology, labelled and described by the data table the page puts beside it.
 */
export function BarChart(props: {
  label: string;
  describedBy: string;
  loading: string;
  categories: string[];
  series: BarSeries[];
  /** One colour per category (single-series charts such as the board's stages). */
  categoryColors?: string[];
  unit?: string;
  /** Counts: ticks at whole numbers only. */
  integer?: boolean;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const data = JSON.stringify([props.categories, props.series, props.categoryColors, props.unit, props.integer ?? false]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let disposed = false;
    let chart: { setOption: (o: object) => void; resize: () => void; dispose: () => void } | null = null;
    let resize: ResizeObserver | null = null;
    const draw = async () => {
      const { echarts } = await import("./load-echarts");
      if (disposed) return;
      const [categories, series, colors, unit, integer] = JSON.parse(data) as [string[], BarSeries[], string[] | undefined, string | undefined, boolean];
      chart = echarts.init(el, null, { renderer: "svg" });
      chart.setOption({
        animation: false,
        aria: { enabled: true },
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: series.length > 1 ? { top: 0, data: series.map((s) => s.name) } : undefined,
        grid: { left: 8, right: 40, top: series.length > 1 ? 28 : 8, bottom: 8, containLabel: true },
        xAxis: { type: "value", name: unit, minInterval: integer ? 1 : undefined, axisLabel: { hideOverlap: true } },
        yAxis: { type: "category", inverse: true, data: categories, axisLabel: { width: 96, overflow: "break" } },
        series: series.map((s) => ({
          type: "bar",
          name: s.name,
          data: s.values.map((v, i) => (colors ? { value: v, itemStyle: { color: colors[i] } } : v)),
          itemStyle: s.color ? { color: s.color } : undefined,
          label: { show: true, position: "right" },
        })),
      });
      resize = new ResizeObserver(() => chart?.resize());
      resize.observe(el);
      setReady(true);
    };
    // Draw when the chart first comes near the viewport.
    const seen = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          seen.disconnect();
          void draw();
        }
      },
      { rootMargin: "200px" },
    );
    seen.observe(el);
    return () => {
      disposed = true;
      seen.disconnect();
      resize?.disconnect();
      chart?.dispose();
    };
  }, [data]);

  const rows = props.categories.length;
  const height = 24 + (props.series.length > 1 ? 28 : 0) + rows * (props.series.length > 1 ? 44 : 32);
  return (
    <div
      role="img"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-testid={props.testId ?? "chart"}
      data-ready={ready}
      className="relative w-full min-w-0"
      style={{ height }}
    >
      {/* ECharts owns this node's children; React never renders into it. */}
      <div ref={ref} className="absolute inset-0" />
      {!ready && <span className="text-xs text-stone-400">{props.loading}</span>}
    </div>
  );
}
