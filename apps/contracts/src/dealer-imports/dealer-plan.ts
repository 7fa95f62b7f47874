import { DealerApplication, dealerDecider, ServiceClass, DealerState, dealerStreamId, RegisterDealer } from '@aftersales/contracts-domain';
import { ContractsEvents, DealerRegisteredV1, validatePlain } from '@aftersales/integration-events';
import { MongoEventStore } from '@aftersales/event-store-mongo';
import { RegisterDealerRequest } from '../dealers/register-dealer/register-dealer.request';
import { RegionDirectory } from '../regions/region-directory';
import { ImportProblem } from './import-problem';
import { SheetRow } from './import-workbook';
import { refusal, rowProblem, validationProblems } from './row-problems';

export interface PlannedDealer { row: number; dealer: DealerApplication; registered: boolean }

/** A dealer as its stream has it (the decider's state), without the read model's delay. */
export async function dealerState(store: MongoEventStore, code: string): Promise<DealerState> {
  const [first] = await store.readEnvelopes(dealerStreamId(code));
  if (first?.type !== ContractsEvents.DealerRegistered.type) return { registered: false };
  return { registered: true, dealer: first.data as unknown as DealerRegisteredV1 };
}

/**
 * The dealers sheet checked as POST /dealers checks a body (the request class, the region list,
 * the decider), plus what only a file has: a code twice, a parent in the file. A dealer
 * registered already with the same details passes (the decider answers no event): a re-run of
 * a file after a crash half-way completes it. Answers the dealers parents first.
 */
export async function planDealers(rows: SheetRow[], store: MongoEventStore, regions: RegionDirectory, problems: ImportProblem[]): Promise<PlannedDealer[]> {
  const valid = new Map<string, { row: SheetRow; dealer: DealerApplication; serviceClass: ServiceClass }>();
  for (const row of rows) {
    const checked = validatePlain(RegisterDealerRequest, row.request);
    if (!checked.ok) { problems.push(...validationProblems('dealers', row, checked.problems)); continue; }
    const dealer = { ...checked.value } as DealerApplication;
    const serviceClass = regions.serviceClassOf(dealer.region);
    const first = valid.get(dealer.code);
    if (!serviceClass) {
      problems.push(rowProblem('dealers', row, 'region', 'unknown-region', `region ${dealer.region} is not a configured region (${regions.list().map((r) => r.region).join(', ')})`));
    } else if (first) {
      problems.push(rowProblem('dealers', row, 'code', 'duplicate-code', `dealer ${dealer.code} is also on row ${first.row.row}`));
    } else valid.set(dealer.code, { row, dealer, serviceClass });
  }
  const planned: PlannedDealer[] = [];
  for (const { row, dealer, serviceClass } of valid.values()) {
    const state = await dealerState(store, dealer.code);
    const parent = dealer.parentDealerCode;
    const parentDealerRegistered = parent ? valid.has(parent) || (await dealerState(store, parent)).registered : undefined;
    try {
      dealerDecider.decide(new RegisterDealer(dealer), state, { serviceClass, parentDealerRegistered });
      planned.push({ row: row.row, dealer, registered: state.registered });
    } catch (error) {
      problems.push(refusal('dealers', row, error, { invalid: 'unknown-parent', conflict: 'registered' }, 'code'));
    }
  }
  return parentsFirst(planned, rows, problems);
}

/** Each dealer after its parent when the parent is in the file too; a loop of parents is refused. */
function parentsFirst(planned: PlannedDealer[], rows: SheetRow[], problems: ImportProblem[]): PlannedDealer[] {
  const ordered: PlannedDealer[] = [];
  const placed = new Set<string>();
  const inFile = new Set(planned.map((p) => p.dealer.code));
  let waiting = planned;
  while (waiting.length) {
    const ready = waiting.filter(({ dealer: { parentDealerCode: parent } }) => !parent || !inFile.has(parent) || placed.has(parent));
    if (!ready.length) break;
    for (const p of ready) { ordered.push(p); placed.add(p.dealer.code); }
    waiting = waiting.filter((p) => !placed.has(p.dealer.code));
  }
  for (const { row, dealer } of waiting) {
    const sheetRow = rows.find((r) => r.row === row);
    if (sheetRow) problems.push(rowProblem('dealers', sheetRow, 'parentDealerCode', 'parent-cycle', `dealer ${dealer.code}'s parents lead back to it`));
  }
  return ordered;
}
