import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import services from '../../../services.json';
import { ContractsModule } from './contracts.module';

// The port and the description come from the one list of services (services.json).
const { port, description } = services.contracts;
runService({ service: 'contracts', defaultPort: port, description, register: ContractsModule.register });
