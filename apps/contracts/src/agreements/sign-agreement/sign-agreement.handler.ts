import { agreementDecider, agreementsStreamId, completeTerms, dealerStreamId, RequestedTerms, SignAgreement } from '@aftersales/contracts-domain';
import { handleCommand, notFound } from '@aftersales/event-sourcing';
import { AgreementSignedV1, AgreementTermsV1, FieldProblem, validatePlain } from '@aftersales/integration-events';
import { commandContext, InputProblems, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agreementEvents } from '../../events/agreement-events.mapping';

const MODEL_TERMS = { 'revenue-share': ['fundRateBp', 'partsQuotaBp', 'carryAcrossYear'], 'per-unit': ['allowancePerUnitFen'] } as const;

/** Refuses an unknown dealer (404: it is named in the path) and terms the published schema would not carry (400). */
@CommandHandler(SignAgreement)
export class SignAgreementHandler implements ICommandHandler<SignAgreement, AgreementSignedV1> {
  constructor(private readonly infra: ServiceInfrastructure) {}

  async execute(command: SignAgreement): Promise<AgreementSignedV1> {
    const { dealerCode } = command;
    const dealer = await this.infra.store.read(dealerStreamId(dealerCode));
    if (dealer.version === 0) throw notFound(`dealer ${dealerCode} is not registered`, 'dealerCode');
    this.checkTerms(command.terms);
    const stream = { streamType: 'agreements', streamId: agreementsStreamId(dealerCode), dealerCode };
    const result = await handleCommand(this.infra.store, agreementDecider, stream, command, commandContext(), agreementEvents);
    const [signed] = result.events;
    if (!signed) throw new Error('signing produced no event'); // unreachable: decide always emits one
    return signed.data;
  }

  /** Refuses the other model's terms, then checks the complete terms (as the decider completes them) against the published schema. */
  private checkTerms(request: RequestedTerms): void {
    const { fundModel } = request;
    const misplaced: FieldProblem[] = Object.entries(MODEL_TERMS)
      .filter(([model]) => model !== fundModel)
      .flatMap(([, fields]) => fields.filter((f) => request[f] !== undefined))
      .map((field) => ({ field, reason: `${field} does not apply to the ${fundModel} fund model` }));
    if (misplaced.length) throw new InputProblems(misplaced);
    // The request's ValidateIf rules made the chosen model's terms present.
    const checked = validatePlain(AgreementTermsV1, completeTerms(request));
    if (!checked.ok) throw new InputProblems(checked.problems);
  }
}
