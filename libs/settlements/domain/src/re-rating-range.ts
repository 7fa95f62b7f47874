import { nextQuarter, quarterOf } from '@aftersales/calendar';
import { AgreementValidity } from '@aftersales/published-rules';

/**
 * The quarters whose funds a newly signed version can change, so each is told of it (even one
 * with no payment yet: a payment recorded under the older terms may still be on its way to it).
 * A payment recorded before settlements knew the version had an earlier version in force, so
 * its date lies between the first earlier validFrom and the last earlier validTo; the new
 * version changes it only from its own validFrom on (and on every day after, through its
 * validTo and the gap that follows).
 */
export function quartersToReRate(versions: readonly AgreementValidity[], signedVersion: number): string[] {
  const signed = versions.find((v) => v.agreementVersion === signedVersion);
  const earlier = versions.filter((v) => v.agreementVersion < signedVersion);
  if (!signed || earlier.length === 0) return [];
  const firstEarlier = earlier.map((v) => v.validFrom).reduce((a, b) => (a < b ? a : b));
  const from = signed.validFrom > firstEarlier ? signed.validFrom : firstEarlier;
  const to = earlier.map((v) => v.validTo).reduce((a, b) => (a > b ? a : b));
  if (from > to) return [];
  const quarters = [quarterOf(from)];
  const last = quarterOf(to);
  while (quarters.at(-1) !== last) quarters.push(nextQuarter(quarters.at(-1) as string));
  return quarters;
}
