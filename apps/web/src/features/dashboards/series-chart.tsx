import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type Option = echarts.ComposeOption<
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface SeriesLine {
  readonly name: string;
  readonly values: readonly number[];
  /** A dashed line (the previous period, compared). */
  readonly dashed?: boolean;
}

/** Colour-blind-safe qualitative colours (Okabe–Ito), one per line; a compared line reuses its colour dashed. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

/**
 * Monthly figures as lines, one per measure, months along the axis (mirrored in right-to-left). A picture
 * for sighted readers: the page's table beside it says the same in text.
 */
export default function SeriesChart({
  months,
  lines,
  rtl,
  label,
}: {
  months: readonly string[];
  lines: readonly SeriesLine[];
  rtl: boolean;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);

  // One chart for the component's life, resized only when its box really changes (a ResizeObserver
  // reports the first size at once: that is the size the chart was drawn at).
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    let size = `${el.clientWidth}x${el.clientHeight}`;
    const resize = new ResizeObserver(() => {
      const next = `${el.clientWidth}x${el.clientHeight}`;
      if (next === size) return;
      size = next;
      instance.resize();
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  // New figures replace the old ones in the same chart (notMerge: a line that went away goes).
  useEffect(() => {
    let colour = -1;
    const option: Option = {
      animation: false,
      aria: { enabled: true, label: { description: label } },
      grid: { left: 16, right: 24, top: 48, bottom: 24, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: [...months], inverse: rtl, boundaryGap: false },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left', minInterval: 1 },
      series: lines.map((line) => {
        if (!line.dashed) colour += 1;
        return {
          type: 'line',
          name: line.name,
          data: [...line.values],
          symbolSize: 5,
          lineStyle: { type: line.dashed ? 'dashed' : 'solid', width: 2 },
          itemStyle: { color: COLOURS[colour % COLOURS.length] },
        };
      }),
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [months, lines, rtl, label]);

  // The SVG's text must not inherit the page's direction: the options above do the mirroring.
  // Its box is fixed and contains its layout: a redrawn chart does not lay out the page around it.
  return <div ref={ref} dir="ltr" style={{ inlineSize: '100%', blockSize: 300, contain: 'layout style' }} />;
}
