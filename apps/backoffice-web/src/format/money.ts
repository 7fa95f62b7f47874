import { intlLocaleOf, Language } from '../i18n/languages';

const FEN_PER_YUAN = 100n;

/**
 * Money from integer fen, as ¥1,234.56. Exact: the yuan and the fen are split with integer
 * arithmetic (a float division would round 0.29 yuan wrongly); only the grouping of the whole
 * yuan comes from Intl, per language.
 */
export function formatFen(fen: number | bigint, language: Language): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
  const value = BigInt(fen);
  const magnitude = value < 0n ? -value : value;
  const yuan = new Intl.NumberFormat(intlLocaleOf(language), { useGrouping: true }).format(magnitude / FEN_PER_YUAN);
  const cents = (magnitude % FEN_PER_YUAN).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}¥${yuan}.${cents}`;
}
