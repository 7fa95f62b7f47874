import 'reflect-metadata';
import { runService } from '@aftersales/service-kit';
import services from '../../../services.json';
import { SettlementsModule } from './settlements.module';

// The port and the description come from the one list of services (services.json).
const { port, description } = services.settlements;
runService({ service: 'settlements', defaultPort: port, description, register: SettlementsModule.register });
