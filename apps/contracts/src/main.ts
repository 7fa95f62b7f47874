import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import { ContractsModule } from './contracts.module';

runService({
  service: 'contracts',
  defaultPort: 3101,
  description: 'Dealers and their versioned after-sales service agreements (售後服務協議)',
  register: ContractsModule.register,
});
