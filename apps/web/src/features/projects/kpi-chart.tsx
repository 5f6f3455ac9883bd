import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

type Option = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

export interface KpiBar {
  readonly name: string;
  /** Latest value as a percentage of the target; null when nothing was measured. */
  readonly percent: number | null;
  /** "18,4 % / 15 %", as the reader writes numbers. */
  readonly detail: string;
}

/**
 * The KPIs as horizontal bars, each its latest value against its target (100 %, the marked line), so
 * KPIs of different units read on one scale. Mirrored in right-to-left. The chart is a picture for
 * sighted readers: the page's table says the same in text.
 */
export function KpiChart({
  bars,
  rtl,
  targetLabel,
  percentLabel,
}: {
  bars: readonly KpiBar[];
  rtl: boolean;
  targetLabel: string;
  percentLabel: (value: number) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const max = Math.max(120, ...bars.map((b) => b.percent ?? 0));
    const option: Option = {
      animation: false,
      grid: { left: 16, right: 24, top: 24, bottom: 24, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          const bar = bars[item?.dataIndex ?? 0];
          return bar ? `${bar.name}<br/>${bar.detail}` : '';
        },
      },
      xAxis: {
        type: 'value',
        max: Math.ceil(max / 20) * 20,
        inverse: rtl,
        axisLabel: { formatter: (v: number) => percentLabel(v) },
      },
      yAxis: {
        type: 'category',
        data: bars.map((b) => b.name),
        inverse: true,
        position: rtl ? 'right' : 'left',
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: bars.map((b) => ({
            value: b.percent ?? 0,
            itemStyle: {
              color:
                b.percent === null
                  ? '#adb5bd'
                  : b.percent >= 100
                    ? '#2b8a3e'
                    : b.percent >= 60
                      ? '#e8590c'
                      : '#c92a2a',
              borderRadius: rtl ? [4, 0, 0, 4] : [0, 4, 4, 0],
            },
          })),
          label: {
            show: true,
            position: rtl ? 'left' : 'right',
            formatter: (p) => {
              const bar = bars[p.dataIndex];
              return bar?.percent === null || bar === undefined ? '—' : percentLabel(bar.percent);
            },
          },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#1c7ed6', type: 'dashed', width: 2 },
            label: { formatter: targetLabel, position: 'end' },
            data: [{ xAxis: 100 }],
          },
        },
      ],
    };
    chart.setOption(option);
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [bars, rtl, targetLabel, percentLabel]);

  // The SVG's text must not inherit the page's right-to-left direction (it would anchor the labels the
  // wrong way): the options above do the mirroring.
  return (
    <div
      ref={ref}
      dir="ltr"
      style={{ inlineSize: '100%', blockSize: Math.max(160, 56 * bars.length + 60) }}
    />
  );
}
