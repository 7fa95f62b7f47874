import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the funds charts draw: bars, a line, their grid, tooltip, legend and
 * the aria description. Loaded by fund-chart.tsx with a dynamic import, so it is a chunk of its
 * own, fetched when a chart is first shown and never part of the shell.
 */
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export { echarts };
