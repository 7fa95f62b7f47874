import { RegisterDealer, SignAgreement } from '@aftersales/contracts-domain';
import { AgreementSignedV1 } from '@aftersales/integration-events';
import { InputProblems, ServiceInfrastructure } from '@aftersales/service-kit';
import { UnprocessableEntityException } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { RegisteredDealer } from '../../dealers/register-dealer/register-dealer.handler';
import { RegionDirectory } from '../../regions/region-directory';
import { PlannedAgreement, planAgreements } from '../agreement-plan';
import { PlannedDealer, planDealers } from '../dealer-plan';
import { ImportLimits } from '../import-limits';
import { ImportProblem } from '../import-problem';
import { NotAWorkbook, readWorkbook } from '../import-workbook';
import { DealerImportResponse } from './import-dealers.response';

/** Import the dealers and agreements of an XLSX workbook, all or nothing. */
export class ImportDealers {
  constructor(readonly file: Buffer) {}
}

/**
 * Checks every row first (the rules of POST /dealers and POST /dealers/{code}/agreements and
 * the file's own), and applies nothing when any row has a problem. Then registers the dealers,
 * parents first, and signs the agreements, each through the CommandBus as one request would.
 * Commands are not one transaction (docs/architecture.md rule 2): a crash half-way leaves the
 * first part applied, and sending the same file again completes it without doubling anything
 * (a dealer registered with the same details and an agreement signed with the same validity
 * and terms are each taken as done).
 */
@CommandHandler(ImportDealers)
export class ImportDealersHandler implements ICommandHandler<ImportDealers, DealerImportResponse> {
  constructor(private readonly infra: ServiceInfrastructure, private readonly regions: RegionDirectory, private readonly commands: CommandBus,
    private readonly limits: ImportLimits) {}

  async execute({ file }: ImportDealers): Promise<DealerImportResponse> {
    const book = await readWorkbook(file, this.limits).catch((error: unknown) => {
      if (error instanceof NotAWorkbook) throw new InputProblems([{ field: 'file', reason: error.message }], 'The file is not an XLSX workbook');
      throw error;
    });
    const problems: ImportProblem[] = [...book.problems];
    const dealers = await planDealers(book.dealers, this.infra.store, this.regions, problems);
    const agreements = await planAgreements(book.agreements, this.infra.store, new Set(dealers.map((d) => d.dealer.code)), problems);
    if (problems.length) {
      throw new UnprocessableEntityException({ message: `${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was imported`, problems });
    }
    return { dealers: await this.register(dealers), agreements: await this.sign(agreements) };
  }

  private async register(planned: PlannedDealer[]) {
    const done: DealerImportResponse['dealers'] = [];
    for (const { row, dealer } of planned) {
      const { created } = await this.commands.execute<RegisterDealer, RegisteredDealer>(new RegisterDealer(dealer));
      done.push({ row, code: dealer.code, created });
    }
    return done;
  }

  private async sign(planned: PlannedAgreement[]) {
    const done: DealerImportResponse['agreements'] = [];
    for (const { row, command, signedVersion } of planned) {
      const { dealerCode, validFrom, validTo, terms } = command;
      if (signedVersion !== undefined) {
        done.push({ row, dealerCode, agreementVersion: signedVersion, created: false });
        continue;
      }
      // A new agreementId per version, as POST /dealers/{code}/agreements gives one.
      const signed = await this.commands.execute<SignAgreement, AgreementSignedV1>(new SignAgreement(randomUUID(), dealerCode, validFrom, validTo, terms));
      done.push({ row, dealerCode, agreementVersion: signed.agreementVersion, created: true });
    }
    return done;
  }
}
