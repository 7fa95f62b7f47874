import { agreementDecider, agreementsStreamId, dealerStreamId, RequestedTerms, SignAgreement } from '@aftersales/contracts-domain';
import { handleCommand, notFound } from '@aftersales/event-sourcing';
import { AgreementSignedV1 } from '@aftersales/integration-events';
import { commandContext, InputProblems, ServiceInfrastructure } from '@aftersales/service-kit';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agreementEvents } from '../../events/agreement-events.mapping';
import { termsProblems } from './terms-problems';

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

  private checkTerms(request: RequestedTerms): void {
    const problems = termsProblems(request);
    if (problems.length) throw new InputProblems(problems);
  }
}
