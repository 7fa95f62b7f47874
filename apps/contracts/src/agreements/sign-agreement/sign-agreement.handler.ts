import { agreementDecider, agreementsStreamId, dealerStreamId, OptionalTerms, RequiredTerms, withDefaultTerms } from '@aftersales/contracts-domain';
import { handleCommand, notFound } from '@aftersales/event-sourcing';
import { AgreementSignedV1, AgreementTermsV1, FieldProblem, validatePlain } from '@aftersales/integration-events';
import { commandContext, InputProblems, ServiceInfrastructure } from '@aftersales/service-kit';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { agreementEvents } from '../../events/agreement-events.mapping';
import { SignAgreementRequest } from './sign-agreement.request';

/** The terms as asked for: the fund model's terms, and whichever optional sections were given. */
export type RequestedTerms = Omit<SignAgreementRequest, 'validFrom' | 'validTo'>;

/**
 * The use case's one command, as the CommandBus carries it. The handler completes the
 * agreement (a new id, the default terms, checked against the published schema) into the
 * version the decider signs.
 */
export class SignAgreement extends Command<AgreementSignedV1> {
  constructor(readonly dealerCode: string, readonly validFrom: string, readonly validTo: string, readonly terms: RequestedTerms) {
    super();
  }
}

const MODEL_TERMS = { 'revenue-share': ['fundRateBp', 'partsQuotaBp', 'carryAcrossYear'], 'per-unit': ['allowancePerUnitFen'] } as const;

@CommandHandler(SignAgreement)
export class SignAgreementHandler implements ICommandHandler<SignAgreement, AgreementSignedV1> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute({ dealerCode, validFrom, validTo, terms: requested }: SignAgreement): Promise<AgreementSignedV1> {
    const dealer = await this.infra.store.read(dealerStreamId(dealerCode));
    if (dealer.version === 0) throw notFound(`dealer ${dealerCode} is not registered`, 'dealerCode');
    const terms = this.terms(requested);
    const stream = { streamType: 'agreements', streamId: agreementsStreamId(dealerCode), dealerCode };
    const command = {
      type: 'SignAgreement' as const,
      data: { agreementId: randomUUID(), dealerCode, validFrom, validTo, terms },
    };
    const result = await handleCommand(this.infra.store, agreementDecider, stream, command, commandContext(), agreementEvents);
    const [signed] = result.events;
    if (!signed) throw new Error('signing produced no event'); // unreachable: decide always emits one
    return signed.data;
  }

  /** Fills the defaults, then checks the complete terms against the published schema. */
  private terms(request: RequestedTerms): AgreementTermsV1 {
    const { fundModel, fundRateBp, partsQuotaBp, carryAcrossYear, allowancePerUnitFen, ...optional } = request;
    const misplaced: FieldProblem[] = Object.entries(MODEL_TERMS)
      .filter(([model]) => model !== fundModel)
      .flatMap(([, fields]) => fields.filter((f) => request[f] !== undefined))
      .map((field) => ({ field, reason: `${field} does not apply to the ${fundModel} fund model` }));
    if (misplaced.length) throw new InputProblems(misplaced);
    // The request's ValidateIf rules made the chosen model's terms present.
    const required = (fundModel === 'revenue-share'
      ? { fundModel, fundRateBp, partsQuotaBp, carryAcrossYear }
      : { fundModel, allowancePerUnitFen }) as RequiredTerms;
    const checked = validatePlain(AgreementTermsV1, withDefaultTerms(required, optional as OptionalTerms));
    if (!checked.ok) throw new InputProblems(checked.problems);
    return JSON.parse(JSON.stringify(checked.value)) as AgreementTermsV1;
  }
}
