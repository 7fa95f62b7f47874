import { latestVersion, versionInForce } from '@aftersales/published-rules';
import { AgreementFundTerms, Rating } from './fund.events';

/**
 * The rating of a payment received on `date` under `versions` (the shared rule: a later version
 * supersedes the earlier ones from its validFrom on). Decisions (README "How one payment
 * becomes a fund balance"): under a per-unit version a payment accrues nothing (聖寶龍 七/八:
 * that fund is per unit registered, not a share of payments); on a day no agreement is in force
 * (the version that superseded its predecessor has ended) it accrues nothing either, and the
 * correction names no version. The payment stays in the quarter's payments either way.
 */
export function ratingOn(versions: readonly AgreementFundTerms[], date: string): Rating {
  const version = versionInForce(versions, date);
  if (!version) return { fundRateBp: 0 };
  const fundRateBp = version.fundModel === 'revenue-share' ? version.fundRateBp ?? 0 : 0;
  return { agreementVersion: version.agreementVersion, fundModel: version.fundModel, fundRateBp };
}

export function sameRating(a: Rating, b: Rating): boolean {
  return a.agreementVersion === b.agreementVersion && a.fundModel === b.fundModel && a.fundRateBp === b.fundRateBp;
}

/**
 * How far a list of versions goes: versions are numbered without gaps and each list holds all
 * of them up to its newest, so a list through a higher number is the newer knowledge (0: none).
 */
export function knownThrough(versions: readonly AgreementFundTerms[]): number {
  return latestVersion(versions)?.agreementVersion ?? 0;
}
