import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import { SettlementsModule } from './settlements.module';

runService({
  service: 'settlements',
  defaultPort: 3103,
  description: 'Dealer payments (回款) and the repair fund (專項維修費用)',
  register: SettlementsModule.register,
});
