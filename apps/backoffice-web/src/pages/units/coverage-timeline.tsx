import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clockBars } from './coverage-bars';
import type { Clock } from './units-api';

/** The name of a clock in the UI's language: a component override by its component. */
export function useClockName() {
  const { t } = useTranslation();
  return (clock: Clock) => (clock.clock === 'component' ? t('units:clocks.component', { component: clock.component }) : t(`units:clocks.${clock.clock}`));
}

/**
 * Each clock as a bar from its first to its last day covered, on one span, with a line at the day
 * asked; running clocks green. The dates are written beside each bar (the bars only show the shape).
 */
export function CoverageTimeline({ clocks, on }: { clocks: Clock[]; on: string }) {
  const { t } = useTranslation();
  const name = useClockName();
  const { bars, marker } = clockBars(clocks, on);
  return (
    <ul aria-label={t('units:coverage.timeline')} data-testid="coverage-timeline" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {bars.map(({ clock, left, width }) => (
        <li key={`${clock.clock}-${clock.component ?? ''}`} data-testid={`clock-${clock.component ?? clock.clock}`} style={{ marginBottom: 12 }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 }}>
            <Typography.Text strong>{name(clock)}</Typography.Text>
            <span>
              {t('units:coverage.range', { start: clock.start, end: clock.end })}{' '}
              <Tag color={clock.running ? 'green' : 'default'}>{clock.running ? t('units:coverage.running') : t('units:coverage.notRunning')}</Tag>
            </span>
          </div>
          <div style={{ position: 'relative', height: 10, background: '#f0f0f0', borderRadius: 5 }} aria-hidden>
            <div style={{ position: 'absolute', left: `${left}%`, width: `${width}%`, height: '100%', borderRadius: 5, background: clock.running ? '#52c41a' : '#91caff' }} />
            <div style={{ position: 'absolute', left: `${marker}%`, top: -3, width: 2, height: 16, background: '#cf1322' }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
