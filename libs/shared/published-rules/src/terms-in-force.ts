/**
 * "Terms in force on a date": the one rule every reader of contracts.AgreementSigned applies
 * (contracts, and settlements over its own copy of the versions). It belongs to the contracts
 * published language because a service may not import another service's code, and lives in this
 * framework-free lib because both domains apply it.
 */

/** What the rule reads of one agreement version. */
export interface AgreementValidity {
  agreementVersion: number;
  validFrom: string;
  validTo: string;
}

/**
 * The version in force on `date` (docs/domain.md "Agreements and their versions", decision): a version supersedes
 * every earlier one from its validFrom on and is in force through its validTo; after that no
 * agreement is in force until a newer version starts. An earlier version never comes back.
 * So it is the newest version that has started by `date`, if `date` is not past its validTo.
 * The versions may be listed in any order; dates are `YYYY-MM-DD` and compare as text.
 */
export function versionInForce<T extends AgreementValidity>(versions: readonly T[], date: string): T | undefined {
  let started: T | undefined;
  for (const version of versions) {
    if (version.validFrom <= date && (!started || version.agreementVersion > started.agreementVersion)) started = version;
  }
  return started && date <= started.validTo ? started : undefined;
}

/** The newest version of the list, by number (versions are numbered 1, 2, 3… without gaps). */
export function latestVersion<T extends AgreementValidity>(versions: readonly T[]): T | undefined {
  return versions.reduce<T | undefined>((latest, v) => (!latest || v.agreementVersion > latest.agreementVersion ? v : latest), undefined);
}
