import {
  agreementDecider, AgreementsState, agreementsStreamId, completeTerms, RequestedTerms, SignAgreement, sortKeys,
} from '@aftersales/contracts-domain';
import { DealerCodeField } from '@aftersales/service-kit';
import { MongoEventStore } from '@aftersales/event-store-mongo';
import { AgreementSignedV1, ContractsEvents, validatePlain } from '@aftersales/integration-events';
import { SignAgreementRequest } from '../agreements/sign-agreement/sign-agreement.request';
import { termsProblems } from '../agreements/sign-agreement/terms-problems';
import { dealerState } from './dealer-plan';
import { ImportProblem } from './import-problem';
import { SheetRow } from './import-workbook';
import { refusal, rowProblem, validationProblems } from './row-problems';

/** A row of the agreements sheet: the dealer, and the body of POST /dealers/{code}/agreements. */
export class AgreementRowRequest extends SignAgreementRequest {
  @DealerCodeField() dealerCode!: string;
}

/** An agreement to sign, or (`signedVersion`) one the dealer has signed already with the same validity and terms. */
export interface PlannedAgreement { row: number; command: SignAgreement; signedVersion?: number }

interface Signed { state: AgreementsState; versions: AgreementSignedV1[] }

/**
 * The agreements sheet checked as POST /dealers/{code}/agreements checks a body (the request
 * class, the terms' own checks, the decider's dates against the versions before, the file's
 * rows of that dealer counting in order), and the dealer: registered, or a row of the dealers sheet.
 * Signing is no idempotent command (each call is a new version), so a row whose validity and
 * complete terms equal a version the dealer has is taken as signed already: a re-run of a file
 * after a crash half-way signs only what is missing. The same agreement twice in a file is refused.
 */
export async function planAgreements(rows: SheetRow[], store: MongoEventStore, dealersInFile: Set<string>, problems: ImportProblem[]): Promise<PlannedAgreement[]> {
  const signed = new Map<string, Signed>();
  const inFile = new Map<string, number>();
  const planned: PlannedAgreement[] = [];
  for (const row of rows) {
    const checked = validatePlain(AgreementRowRequest, row.request);
    const problemsOfTerms = checked.ok ? termsProblems(terms(checked.value)) : [];
    if (!checked.ok || problemsOfTerms.length) {
      problems.push(...validationProblems('agreements', row, checked.ok ? problemsOfTerms : checked.problems));
      continue;
    }
    const { dealerCode, validFrom, validTo } = checked.value;
    const command = new SignAgreement('(import)', dealerCode, validFrom, validTo, terms(checked.value));
    if (!dealersInFile.has(dealerCode) && !(await dealerState(store, dealerCode)).registered) {
      problems.push(rowProblem('agreements', row, 'dealerCode', 'unknown-dealer', `dealer ${dealerCode} is neither registered nor on the dealers sheet`));
      continue;
    }
    const identity = agreementIdentity(command);
    const earlier = inFile.get(identity);
    if (earlier !== undefined) {
      problems.push(rowProblem('agreements', row, 'dealerCode', 'duplicate-agreement', `the same agreement is on row ${earlier}`));
      continue;
    }
    inFile.set(identity, row.row);
    const dealer = signed.get(dealerCode) ?? (await signedVersions(store, dealerCode));
    signed.set(dealerCode, dealer);
    const same = dealer.versions.find((v) => agreementIdentity(v) === identity);
    if (same) { planned.push({ row: row.row, command, signedVersion: same.agreementVersion }); continue; }
    try {
      for (const event of agreementDecider.decide(command, dealer.state)) dealer.state = agreementDecider.evolve(dealer.state, event);
      planned.push({ row: row.row, command });
    } catch (error) {
      problems.push(refusal('agreements', row, error, { invalid: 'agreement-dates' }, 'validTo'));
    }
  }
  return planned;
}

function terms({ dealerCode: _dealer, validFrom: _from, validTo: _to, ...requested }: AgreementRowRequest): RequestedTerms {
  return { ...requested } as RequestedTerms;
}

/** An agreement's dealer, validity and complete terms, key order aside. */
function agreementIdentity(agreement: SignAgreement | AgreementSignedV1): string {
  const complete = 'agreementVersion' in agreement ? agreement.terms : completeTerms(agreement.terms);
  return JSON.stringify(sortKeys([agreement.dealerCode, agreement.validFrom, agreement.validTo, complete]));
}

async function signedVersions(store: MongoEventStore, dealerCode: string): Promise<Signed> {
  const versions = (await store.readEnvelopes(agreementsStreamId(dealerCode)))
    .filter((e) => e.type === ContractsEvents.AgreementSigned.type)
    .map((e) => e.data as unknown as AgreementSignedV1);
  const state = { versions: versions.map(({ agreementVersion, validFrom, validTo }) => ({ agreementVersion, validFrom, validTo })) };
  return { state, versions };
}
