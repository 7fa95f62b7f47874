import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { dealerStreamId } from '@aftersales/contracts-domain';
import { ContractsEvents, DealerRegisteredV1 } from '@aftersales/integration-events';
import { ServiceInfrastructure } from '@aftersales/service-kit';
import { Model } from 'mongoose';
import { DealerView } from './contracts.projection';
import { MongooseDealerDirectory } from './dealer-directory';

/**
 * The dealer directory, where a dealer just registered is found at once: POST /dealers answers
 * 201 with `Location: /dealers/{code}` (and an OpenAPI link there) before the read model has the
 * dealer, so a miss in the read model asks the dealer's own stream. Lists stay on the read model.
 * Only a miss costs the extra read (by stream id), and an unknown code is one.
 */
@Injectable()
export class ReadYourWritesDealerDirectory extends MongooseDealerDirectory {
  constructor(@InjectModel(DealerView.name) dealers: Model<DealerView>, private readonly infra: ServiceInfrastructure) {
    super(dealers);
  }

  override async find(code: string): Promise<DealerView | null> {
    const seen = await super.find(code);
    if (seen) return seen;
    const [registered] = await this.infra.store.readEnvelopes(dealerStreamId(code));
    if (registered?.type !== ContractsEvents.DealerRegistered.type) return null;
    return { ...(registered.data as unknown as DealerRegisteredV1), _id: code, registeredAt: registered.occurredAt } as DealerView;
  }
}
