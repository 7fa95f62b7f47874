import { Module } from '@nestjs/common';
import { GATEWAY_DOCUMENT_EXTENSION } from '../platform/gateway-document';
import { ActorHeaders } from './forwarding/actor-headers';
import { forwardedRoutesController } from './forwarding/forwarded-routes.controller';
import { Forwarder } from './forwarding/forwarder';
import { Upstreams } from './forwarding/upstreams';
import { DealerHistory } from './history/dealer-history';
import { DealerHistoryController } from './history/dealer-history.controller';
import { ComposedDocument } from './openapi/composed-document';
import { ROUTES } from './route-table';
import { SubDealers } from './scoping/sub-dealers';

/** The services' routes as people reach them: forwarded, scoped to the caller's dealer, signed. */
@Module({
  controllers: [DealerHistoryController, forwardedRoutesController(ROUTES)],
  providers: [Upstreams, ActorHeaders, SubDealers, Forwarder, DealerHistory, { provide: GATEWAY_DOCUMENT_EXTENSION, useClass: ComposedDocument }],
  exports: [GATEWAY_DOCUMENT_EXTENSION],
})
export class RoutesModule {}
