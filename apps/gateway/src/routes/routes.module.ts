import { Module } from '@nestjs/common';

/** The services' routes as people reach them: forwarded, scoped to the caller's dealer, signed. */
@Module({})
export class RoutesModule {}
