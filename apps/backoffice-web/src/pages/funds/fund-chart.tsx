import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { LoadingState } from '../../components/states';

type ECharts = typeof import('./echarts-setup')['echarts'];
type Chart = ReturnType<ECharts['init']>;

/** One load of ECharts for every chart of the session. */
let loading: Promise<ECharts> | undefined;
const loadECharts = () => (loading ??= import('./echarts-setup').then((module) => module.echarts));

/**
 * A chart drawn by ECharts, loaded lazily. The canvas is an image to screen readers, named by
 * `label`; the same figures are in the table beside every chart, which is what keyboard and
 * screen-reader users read.
 */
export function FundChart({ option, label, height = 320 }: { option: EChartsCoreOption; label: string; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void loadECharts().then((echarts) => {
      if (disposed || !element.current) return;
      chart.current = echarts.init(element.current);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(element.current);
      setReady(true);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(option, { notMerge: true });
  }, [ready, option]);

  return (
    <div style={{ position: 'relative', height }}>
      {!ready && <LoadingState />}
      <div ref={element} role="img" aria-label={label} data-testid="fund-chart" style={{ position: 'absolute', inset: 0 }} />
    </div>
  );
}
